/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const fabric = $root.fabric = (() => {

    /**
     * Namespace fabric.
     * @exports fabric
     * @namespace
     */
    const fabric = {};

    /**
     * CompletionStatus enum.
     * @name fabric.CompletionStatus
     * @enum {number}
     * @property {number} SUCCESS=0 SUCCESS value
     * @property {number} REM_ACCESS_ERR=1 REM_ACCESS_ERR value
     * @property {number} REM_INV_REQ=2 REM_INV_REQ value
     * @property {number} RETRY_EXC=3 RETRY_EXC value
     * @property {number} WR_FLUSH_ERR=4 WR_FLUSH_ERR value
     * @property {number} RNR_RETRY_EXC=5 RNR_RETRY_EXC value
     * @property {number} REM_OP_ERR=6 REM_OP_ERR value
     * @property {number} LOC_PROT_ERR=7 LOC_PROT_ERR value
     * @property {number} LOC_LEN_ERR=8 LOC_LEN_ERR value
     */
    fabric.CompletionStatus = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "SUCCESS"] = 0;
        values[valuesById[1] = "REM_ACCESS_ERR"] = 1;
        values[valuesById[2] = "REM_INV_REQ"] = 2;
        values[valuesById[3] = "RETRY_EXC"] = 3;
        values[valuesById[4] = "WR_FLUSH_ERR"] = 4;
        values[valuesById[5] = "RNR_RETRY_EXC"] = 5;
        values[valuesById[6] = "REM_OP_ERR"] = 6;
        values[valuesById[7] = "LOC_PROT_ERR"] = 7;
        values[valuesById[8] = "LOC_LEN_ERR"] = 8;
        return values;
    })();

    /**
     * Opcode enum.
     * @name fabric.Opcode
     * @enum {number}
     * @property {number} OPCODE_UNSPECIFIED=0 OPCODE_UNSPECIFIED value
     * @property {number} RDMA_READ=1 RDMA_READ value
     * @property {number} RDMA_WRITE=2 RDMA_WRITE value
     * @property {number} RDMA_WRITE_WITH_IMM=3 RDMA_WRITE_WITH_IMM value
     * @property {number} SEND=4 SEND value
     * @property {number} SEND_WITH_IMM=5 SEND_WITH_IMM value
     * @property {number} ATOMIC_FETCH_ADD=6 ATOMIC_FETCH_ADD value
     * @property {number} ATOMIC_COMPARE_SWAP=7 ATOMIC_COMPARE_SWAP value
     */
    fabric.Opcode = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "OPCODE_UNSPECIFIED"] = 0;
        values[valuesById[1] = "RDMA_READ"] = 1;
        values[valuesById[2] = "RDMA_WRITE"] = 2;
        values[valuesById[3] = "RDMA_WRITE_WITH_IMM"] = 3;
        values[valuesById[4] = "SEND"] = 4;
        values[valuesById[5] = "SEND_WITH_IMM"] = 5;
        values[valuesById[6] = "ATOMIC_FETCH_ADD"] = 6;
        values[valuesById[7] = "ATOMIC_COMPARE_SWAP"] = 7;
        return values;
    })();

    fabric.LinkChallenge = (function() {

        /**
         * Properties of a LinkChallenge.
         * @typedef {Object} fabric.LinkChallenge.$Properties
         * @property {number|null} [hardwareAddress] LinkChallenge hardwareAddress
         * @property {number|null} [fabricId] LinkChallenge fabricId
         * @property {number|Long|null} [cardIncarnation] LinkChallenge cardIncarnation
         * @property {Uint8Array|null} [nonce] LinkChallenge nonce
         * @property {number|null} [protocolVersion] LinkChallenge protocolVersion
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LinkChallenge.
         * @memberof fabric
         * @interface ILinkChallenge
         * @augments fabric.LinkChallenge.$Properties
         * @deprecated Use fabric.LinkChallenge.$Properties instead.
         */

        /**
         * Shape of a LinkChallenge.
         * @typedef {fabric.LinkChallenge.$Properties} fabric.LinkChallenge.$Shape
         */

        /**
         * Constructs a new LinkChallenge.
         * @memberof fabric
         * @classdesc Represents a LinkChallenge.
         * @constructor
         * @param {fabric.LinkChallenge.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LinkChallenge = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * LinkChallenge hardwareAddress.
         * @member {number} hardwareAddress
         * @memberof fabric.LinkChallenge
         * @instance
         */
        LinkChallenge.prototype.hardwareAddress = 0;

        /**
         * LinkChallenge fabricId.
         * @member {number} fabricId
         * @memberof fabric.LinkChallenge
         * @instance
         */
        LinkChallenge.prototype.fabricId = 0;

        /**
         * LinkChallenge cardIncarnation.
         * @member {number|Long} cardIncarnation
         * @memberof fabric.LinkChallenge
         * @instance
         */
        LinkChallenge.prototype.cardIncarnation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * LinkChallenge nonce.
         * @member {Uint8Array} nonce
         * @memberof fabric.LinkChallenge
         * @instance
         */
        LinkChallenge.prototype.nonce = $util.newBuffer([]);

        /**
         * LinkChallenge protocolVersion.
         * @member {number} protocolVersion
         * @memberof fabric.LinkChallenge
         * @instance
         */
        LinkChallenge.prototype.protocolVersion = 0;

        /**
         * Encodes the specified LinkChallenge message. Does not implicitly {@link fabric.LinkChallenge.verify|verify} messages.
         * @function encode
         * @memberof fabric.LinkChallenge
         * @static
         * @param {fabric.LinkChallenge.$Properties} message LinkChallenge message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LinkChallenge.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.hardwareAddress != null && $Object.hasOwnProperty.call(message, "hardwareAddress") && message.hardwareAddress !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.hardwareAddress);
            if (message.fabricId != null && $Object.hasOwnProperty.call(message, "fabricId") && message.fabricId !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.fabricId);
            if (message.cardIncarnation != null && $Object.hasOwnProperty.call(message, "cardIncarnation") && (typeof message.cardIncarnation === "object" ? message.cardIncarnation.low || message.cardIncarnation.high : message.cardIncarnation !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.cardIncarnation);
            if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.nonce);
            if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.protocolVersion);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified LinkChallenge message, length delimited. Does not implicitly {@link fabric.LinkChallenge.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fabric.LinkChallenge
         * @static
         * @param {fabric.LinkChallenge.$Properties} message LinkChallenge message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LinkChallenge.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a LinkChallenge message from the specified reader or buffer.
         * @function decode
         * @memberof fabric.LinkChallenge
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fabric.LinkChallenge & fabric.LinkChallenge.$Shape} LinkChallenge
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LinkChallenge.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.fabric.LinkChallenge();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.hardwareAddress = value;
                        else
                            delete message.hardwareAddress;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.fabricId = value;
                        else
                            delete message.fabricId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.cardIncarnation = value;
                        else
                            delete message.cardIncarnation;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.nonce = value;
                        else
                            delete message.nonce;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.protocolVersion = value;
                        else
                            delete message.protocolVersion;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a LinkChallenge message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fabric.LinkChallenge
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fabric.LinkChallenge & fabric.LinkChallenge.$Shape} LinkChallenge
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LinkChallenge.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return LinkChallenge;
    })();

    fabric.LinkLogin = (function() {

        /**
         * Properties of a LinkLogin.
         * @typedef {Object} fabric.LinkLogin.$Properties
         * @property {number|null} [hardwareAddress] LinkLogin hardwareAddress
         * @property {number|null} [fabricId] LinkLogin fabricId
         * @property {number|Long|null} [cardIncarnation] LinkLogin cardIncarnation
         * @property {Uint8Array|null} [nonce] LinkLogin nonce
         * @property {Uint8Array|null} [proof] LinkLogin proof
         * @property {number|null} [protocolVersion] LinkLogin protocolVersion
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LinkLogin.
         * @memberof fabric
         * @interface ILinkLogin
         * @augments fabric.LinkLogin.$Properties
         * @deprecated Use fabric.LinkLogin.$Properties instead.
         */

        /**
         * Shape of a LinkLogin.
         * @typedef {fabric.LinkLogin.$Properties} fabric.LinkLogin.$Shape
         */

        /**
         * Constructs a new LinkLogin.
         * @memberof fabric
         * @classdesc Represents a LinkLogin.
         * @constructor
         * @param {fabric.LinkLogin.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LinkLogin = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * LinkLogin hardwareAddress.
         * @member {number} hardwareAddress
         * @memberof fabric.LinkLogin
         * @instance
         */
        LinkLogin.prototype.hardwareAddress = 0;

        /**
         * LinkLogin fabricId.
         * @member {number} fabricId
         * @memberof fabric.LinkLogin
         * @instance
         */
        LinkLogin.prototype.fabricId = 0;

        /**
         * LinkLogin cardIncarnation.
         * @member {number|Long} cardIncarnation
         * @memberof fabric.LinkLogin
         * @instance
         */
        LinkLogin.prototype.cardIncarnation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * LinkLogin nonce.
         * @member {Uint8Array} nonce
         * @memberof fabric.LinkLogin
         * @instance
         */
        LinkLogin.prototype.nonce = $util.newBuffer([]);

        /**
         * LinkLogin proof.
         * @member {Uint8Array} proof
         * @memberof fabric.LinkLogin
         * @instance
         */
        LinkLogin.prototype.proof = $util.newBuffer([]);

        /**
         * LinkLogin protocolVersion.
         * @member {number} protocolVersion
         * @memberof fabric.LinkLogin
         * @instance
         */
        LinkLogin.prototype.protocolVersion = 0;

        /**
         * Encodes the specified LinkLogin message. Does not implicitly {@link fabric.LinkLogin.verify|verify} messages.
         * @function encode
         * @memberof fabric.LinkLogin
         * @static
         * @param {fabric.LinkLogin.$Properties} message LinkLogin message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LinkLogin.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.hardwareAddress != null && $Object.hasOwnProperty.call(message, "hardwareAddress") && message.hardwareAddress !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.hardwareAddress);
            if (message.fabricId != null && $Object.hasOwnProperty.call(message, "fabricId") && message.fabricId !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.fabricId);
            if (message.cardIncarnation != null && $Object.hasOwnProperty.call(message, "cardIncarnation") && (typeof message.cardIncarnation === "object" ? message.cardIncarnation.low || message.cardIncarnation.high : message.cardIncarnation !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.cardIncarnation);
            if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.nonce);
            if (message.proof != null && $Object.hasOwnProperty.call(message, "proof") && message.proof.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.proof);
            if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.protocolVersion);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified LinkLogin message, length delimited. Does not implicitly {@link fabric.LinkLogin.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fabric.LinkLogin
         * @static
         * @param {fabric.LinkLogin.$Properties} message LinkLogin message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LinkLogin.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a LinkLogin message from the specified reader or buffer.
         * @function decode
         * @memberof fabric.LinkLogin
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fabric.LinkLogin & fabric.LinkLogin.$Shape} LinkLogin
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LinkLogin.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.fabric.LinkLogin();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.hardwareAddress = value;
                        else
                            delete message.hardwareAddress;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.fabricId = value;
                        else
                            delete message.fabricId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.cardIncarnation = value;
                        else
                            delete message.cardIncarnation;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.nonce = value;
                        else
                            delete message.nonce;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.proof = value;
                        else
                            delete message.proof;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.protocolVersion = value;
                        else
                            delete message.protocolVersion;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a LinkLogin message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fabric.LinkLogin
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fabric.LinkLogin & fabric.LinkLogin.$Shape} LinkLogin
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LinkLogin.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return LinkLogin;
    })();

    fabric.LinkAccept = (function() {

        /**
         * Properties of a LinkAccept.
         * @typedef {Object} fabric.LinkAccept.$Properties
         * @property {Uint8Array|null} [proof] LinkAccept proof
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LinkAccept.
         * @memberof fabric
         * @interface ILinkAccept
         * @augments fabric.LinkAccept.$Properties
         * @deprecated Use fabric.LinkAccept.$Properties instead.
         */

        /**
         * Shape of a LinkAccept.
         * @typedef {fabric.LinkAccept.$Properties} fabric.LinkAccept.$Shape
         */

        /**
         * Constructs a new LinkAccept.
         * @memberof fabric
         * @classdesc Represents a LinkAccept.
         * @constructor
         * @param {fabric.LinkAccept.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LinkAccept = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * LinkAccept proof.
         * @member {Uint8Array} proof
         * @memberof fabric.LinkAccept
         * @instance
         */
        LinkAccept.prototype.proof = $util.newBuffer([]);

        /**
         * Encodes the specified LinkAccept message. Does not implicitly {@link fabric.LinkAccept.verify|verify} messages.
         * @function encode
         * @memberof fabric.LinkAccept
         * @static
         * @param {fabric.LinkAccept.$Properties} message LinkAccept message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LinkAccept.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.proof != null && $Object.hasOwnProperty.call(message, "proof") && message.proof.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.proof);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified LinkAccept message, length delimited. Does not implicitly {@link fabric.LinkAccept.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fabric.LinkAccept
         * @static
         * @param {fabric.LinkAccept.$Properties} message LinkAccept message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LinkAccept.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a LinkAccept message from the specified reader or buffer.
         * @function decode
         * @memberof fabric.LinkAccept
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fabric.LinkAccept & fabric.LinkAccept.$Shape} LinkAccept
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LinkAccept.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.fabric.LinkAccept();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.proof = value;
                        else
                            delete message.proof;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a LinkAccept message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fabric.LinkAccept
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fabric.LinkAccept & fabric.LinkAccept.$Shape} LinkAccept
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LinkAccept.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return LinkAccept;
    })();

    fabric.Request = (function() {

        /**
         * Properties of a Request.
         * @typedef {Object} fabric.Request.$Properties
         * @property {number|null} [requesterVi] Request requesterVi
         * @property {number|null} [responderVi] Request responderVi
         * @property {number|null} [generation] Request generation
         * @property {number|null} [psn] Request psn
         * @property {fabric.Opcode|null} [opcode] Request opcode
         * @property {number|Long|null} [remoteAddress] Request remoteAddress
         * @property {number|null} [rkey] Request rkey
         * @property {number|null} [length] Request length
         * @property {Uint8Array|null} [payload] Request payload
         * @property {number|null} [immediate] Request immediate
         * @property {number|Long|null} [compareAdd] Request compareAdd
         * @property {number|Long|null} [swap] Request swap
         * @property {number|null} [segmentOffset] Request segmentOffset
         * @property {number|null} [messageLength] Request messageLength
         * @property {Uint8Array|null} [alignment] Request alignment
         * @property {number|null} [attempt] Request attempt
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Request.
         * @memberof fabric
         * @interface IRequest
         * @augments fabric.Request.$Properties
         * @deprecated Use fabric.Request.$Properties instead.
         */

        /**
         * Shape of a Request.
         * @typedef {fabric.Request.$Properties} fabric.Request.$Shape
         */

        /**
         * Constructs a new Request.
         * @memberof fabric
         * @classdesc Represents a Request.
         * @constructor
         * @param {fabric.Request.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Request = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Request requesterVi.
         * @member {number} requesterVi
         * @memberof fabric.Request
         * @instance
         */
        Request.prototype.requesterVi = 0;

        /**
         * Request responderVi.
         * @member {number} responderVi
         * @memberof fabric.Request
         * @instance
         */
        Request.prototype.responderVi = 0;

        /**
         * Request generation.
         * @member {number} generation
         * @memberof fabric.Request
         * @instance
         */
        Request.prototype.generation = 0;

        /**
         * Request psn.
         * @member {number} psn
         * @memberof fabric.Request
         * @instance
         */
        Request.prototype.psn = 0;

        /**
         * Request opcode.
         * @member {fabric.Opcode} opcode
         * @memberof fabric.Request
         * @instance
         */
        Request.prototype.opcode = 0;

        /**
         * Request remoteAddress.
         * @member {number|Long} remoteAddress
         * @memberof fabric.Request
         * @instance
         */
        Request.prototype.remoteAddress = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Request rkey.
         * @member {number} rkey
         * @memberof fabric.Request
         * @instance
         */
        Request.prototype.rkey = 0;

        /**
         * Request length.
         * @member {number} length
         * @memberof fabric.Request
         * @instance
         */
        Request.prototype.length = 0;

        /**
         * Request payload.
         * @member {Uint8Array} payload
         * @memberof fabric.Request
         * @instance
         */
        Request.prototype.payload = $util.newBuffer([]);

        /**
         * Request immediate.
         * @member {number|null|undefined} immediate
         * @memberof fabric.Request
         * @instance
         */
        Request.prototype.immediate = null;

        /**
         * Request compareAdd.
         * @member {number|Long} compareAdd
         * @memberof fabric.Request
         * @instance
         */
        Request.prototype.compareAdd = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Request swap.
         * @member {number|Long} swap
         * @memberof fabric.Request
         * @instance
         */
        Request.prototype.swap = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Request segmentOffset.
         * @member {number} segmentOffset
         * @memberof fabric.Request
         * @instance
         */
        Request.prototype.segmentOffset = 0;

        /**
         * Request messageLength.
         * @member {number} messageLength
         * @memberof fabric.Request
         * @instance
         */
        Request.prototype.messageLength = 0;

        /**
         * Request alignment.
         * @member {Uint8Array} alignment
         * @memberof fabric.Request
         * @instance
         */
        Request.prototype.alignment = $util.newBuffer([]);

        /**
         * Request attempt.
         * @member {number} attempt
         * @memberof fabric.Request
         * @instance
         */
        Request.prototype.attempt = 0;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(Request.prototype, "_immediate", {
            get: $util.oneOfGetter($oneOfFields = ["immediate"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified Request message. Does not implicitly {@link fabric.Request.verify|verify} messages.
         * @function encode
         * @memberof fabric.Request
         * @static
         * @param {fabric.Request.$Properties} message Request message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Request.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.requesterVi != null && $Object.hasOwnProperty.call(message, "requesterVi") && message.requesterVi !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.requesterVi);
            if (message.responderVi != null && $Object.hasOwnProperty.call(message, "responderVi") && message.responderVi !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.responderVi);
            if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && message.generation !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.generation);
            if (message.psn != null && $Object.hasOwnProperty.call(message, "psn") && message.psn !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.psn);
            if (message.opcode != null && $Object.hasOwnProperty.call(message, "opcode") && message.opcode !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).int32(message.opcode);
            if (message.remoteAddress != null && $Object.hasOwnProperty.call(message, "remoteAddress") && (typeof message.remoteAddress === "object" ? message.remoteAddress.low || message.remoteAddress.high : message.remoteAddress !== 0))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.remoteAddress);
            if (message.rkey != null && $Object.hasOwnProperty.call(message, "rkey") && message.rkey !== 0)
                writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.rkey);
            if (message.length != null && $Object.hasOwnProperty.call(message, "length") && message.length !== 0)
                writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.length);
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.payload);
            if (message.immediate != null && $Object.hasOwnProperty.call(message, "immediate"))
                writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.immediate);
            if (message.compareAdd != null && $Object.hasOwnProperty.call(message, "compareAdd") && (typeof message.compareAdd === "object" ? message.compareAdd.low || message.compareAdd.high : message.compareAdd !== 0))
                writer.uint32(/* id 11, wireType 1 =*/89).fixed64(message.compareAdd);
            if (message.swap != null && $Object.hasOwnProperty.call(message, "swap") && (typeof message.swap === "object" ? message.swap.low || message.swap.high : message.swap !== 0))
                writer.uint32(/* id 12, wireType 1 =*/97).fixed64(message.swap);
            if (message.segmentOffset != null && $Object.hasOwnProperty.call(message, "segmentOffset") && message.segmentOffset !== 0)
                writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.segmentOffset);
            if (message.messageLength != null && $Object.hasOwnProperty.call(message, "messageLength") && message.messageLength !== 0)
                writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.messageLength);
            if (message.alignment != null && $Object.hasOwnProperty.call(message, "alignment") && message.alignment.length)
                writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.alignment);
            if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                writer.uint32(/* id 16, wireType 0 =*/128).uint32(message.attempt);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Request message, length delimited. Does not implicitly {@link fabric.Request.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fabric.Request
         * @static
         * @param {fabric.Request.$Properties} message Request message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Request.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Request message from the specified reader or buffer.
         * @function decode
         * @memberof fabric.Request
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fabric.Request & fabric.Request.$Shape} Request
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Request.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.fabric.Request();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.requesterVi = value;
                        else
                            delete message.requesterVi;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.responderVi = value;
                        else
                            delete message.responderVi;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.generation = value;
                        else
                            delete message.generation;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.psn = value;
                        else
                            delete message.psn;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.opcode = value;
                        else
                            delete message.opcode;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.remoteAddress = value;
                        else
                            delete message.remoteAddress;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.rkey = value;
                        else
                            delete message.rkey;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.length = value;
                        else
                            delete message.length;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.payload = value;
                        else
                            delete message.payload;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        message.immediate = reader.uint32();
                        message._immediate = "immediate";
                        continue;
                    }
                case 11: {
                        if (wireType !== 1)
                            break;
                        if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                            message.compareAdd = value;
                        else
                            delete message.compareAdd;
                        continue;
                    }
                case 12: {
                        if (wireType !== 1)
                            break;
                        if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                            message.swap = value;
                        else
                            delete message.swap;
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.segmentOffset = value;
                        else
                            delete message.segmentOffset;
                        continue;
                    }
                case 14: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.messageLength = value;
                        else
                            delete message.messageLength;
                        continue;
                    }
                case 15: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.alignment = value;
                        else
                            delete message.alignment;
                        continue;
                    }
                case 16: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.attempt = value;
                        else
                            delete message.attempt;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a Request message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fabric.Request
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fabric.Request & fabric.Request.$Shape} Request
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Request.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Request;
    })();

    fabric.Response = (function() {

        /**
         * Properties of a Response.
         * @typedef {Object} fabric.Response.$Properties
         * @property {number|null} [requesterVi] Response requesterVi
         * @property {number|null} [responderVi] Response responderVi
         * @property {number|null} [generation] Response generation
         * @property {number|null} [psn] Response psn
         * @property {fabric.CompletionStatus|null} [status] Response status
         * @property {boolean|null} [receiverNotReady] Response receiverNotReady
         * @property {Uint8Array|null} [payload] Response payload
         * @property {number|Long|null} [original] Response original
         * @property {string|null} [detail] Response detail
         * @property {boolean|null} [sequenceError] Response sequenceError
         * @property {Uint8Array|null} [alignment] Response alignment
         * @property {number|null} [attempt] Response attempt
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Response.
         * @memberof fabric
         * @interface IResponse
         * @augments fabric.Response.$Properties
         * @deprecated Use fabric.Response.$Properties instead.
         */

        /**
         * Shape of a Response.
         * @typedef {fabric.Response.$Properties} fabric.Response.$Shape
         */

        /**
         * Constructs a new Response.
         * @memberof fabric
         * @classdesc Represents a Response.
         * @constructor
         * @param {fabric.Response.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Response = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Response requesterVi.
         * @member {number} requesterVi
         * @memberof fabric.Response
         * @instance
         */
        Response.prototype.requesterVi = 0;

        /**
         * Response responderVi.
         * @member {number} responderVi
         * @memberof fabric.Response
         * @instance
         */
        Response.prototype.responderVi = 0;

        /**
         * Response generation.
         * @member {number} generation
         * @memberof fabric.Response
         * @instance
         */
        Response.prototype.generation = 0;

        /**
         * Response psn.
         * @member {number} psn
         * @memberof fabric.Response
         * @instance
         */
        Response.prototype.psn = 0;

        /**
         * Response status.
         * @member {fabric.CompletionStatus} status
         * @memberof fabric.Response
         * @instance
         */
        Response.prototype.status = 0;

        /**
         * Response receiverNotReady.
         * @member {boolean} receiverNotReady
         * @memberof fabric.Response
         * @instance
         */
        Response.prototype.receiverNotReady = false;

        /**
         * Response payload.
         * @member {Uint8Array} payload
         * @memberof fabric.Response
         * @instance
         */
        Response.prototype.payload = $util.newBuffer([]);

        /**
         * Response original.
         * @member {number|Long} original
         * @memberof fabric.Response
         * @instance
         */
        Response.prototype.original = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Response detail.
         * @member {string} detail
         * @memberof fabric.Response
         * @instance
         */
        Response.prototype.detail = "";

        /**
         * Response sequenceError.
         * @member {boolean} sequenceError
         * @memberof fabric.Response
         * @instance
         */
        Response.prototype.sequenceError = false;

        /**
         * Response alignment.
         * @member {Uint8Array} alignment
         * @memberof fabric.Response
         * @instance
         */
        Response.prototype.alignment = $util.newBuffer([]);

        /**
         * Response attempt.
         * @member {number} attempt
         * @memberof fabric.Response
         * @instance
         */
        Response.prototype.attempt = 0;

        /**
         * Encodes the specified Response message. Does not implicitly {@link fabric.Response.verify|verify} messages.
         * @function encode
         * @memberof fabric.Response
         * @static
         * @param {fabric.Response.$Properties} message Response message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Response.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.requesterVi != null && $Object.hasOwnProperty.call(message, "requesterVi") && message.requesterVi !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.requesterVi);
            if (message.responderVi != null && $Object.hasOwnProperty.call(message, "responderVi") && message.responderVi !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.responderVi);
            if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && message.generation !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.generation);
            if (message.psn != null && $Object.hasOwnProperty.call(message, "psn") && message.psn !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.psn);
            if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).int32(message.status);
            if (message.receiverNotReady != null && $Object.hasOwnProperty.call(message, "receiverNotReady") && message.receiverNotReady !== false)
                writer.uint32(/* id 6, wireType 0 =*/48).bool(message.receiverNotReady);
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.payload);
            if (message.original != null && $Object.hasOwnProperty.call(message, "original") && (typeof message.original === "object" ? message.original.low || message.original.high : message.original !== 0))
                writer.uint32(/* id 8, wireType 1 =*/65).fixed64(message.original);
            if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                writer.uint32(/* id 9, wireType 2 =*/74).string(message.detail);
            if (message.sequenceError != null && $Object.hasOwnProperty.call(message, "sequenceError") && message.sequenceError !== false)
                writer.uint32(/* id 10, wireType 0 =*/80).bool(message.sequenceError);
            if (message.alignment != null && $Object.hasOwnProperty.call(message, "alignment") && message.alignment.length)
                writer.uint32(/* id 11, wireType 2 =*/90).bytes(message.alignment);
            if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.attempt);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Response message, length delimited. Does not implicitly {@link fabric.Response.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fabric.Response
         * @static
         * @param {fabric.Response.$Properties} message Response message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Response.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Response message from the specified reader or buffer.
         * @function decode
         * @memberof fabric.Response
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fabric.Response & fabric.Response.$Shape} Response
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Response.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.fabric.Response();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.requesterVi = value;
                        else
                            delete message.requesterVi;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.responderVi = value;
                        else
                            delete message.responderVi;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.generation = value;
                        else
                            delete message.generation;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.psn = value;
                        else
                            delete message.psn;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.status = value;
                        else
                            delete message.status;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.receiverNotReady = value;
                        else
                            delete message.receiverNotReady;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.payload = value;
                        else
                            delete message.payload;
                        continue;
                    }
                case 8: {
                        if (wireType !== 1)
                            break;
                        if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                            message.original = value;
                        else
                            delete message.original;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.detail = value;
                        else
                            delete message.detail;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.sequenceError = value;
                        else
                            delete message.sequenceError;
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.alignment = value;
                        else
                            delete message.alignment;
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.attempt = value;
                        else
                            delete message.attempt;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a Response message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fabric.Response
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fabric.Response & fabric.Response.$Shape} Response
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Response.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Response;
    })();

    fabric.Frame = (function() {

        /**
         * Properties of a Frame.
         * @typedef {Object} fabric.Frame.$Properties
         * @property {fabric.LinkChallenge.$Properties|null} [challenge] Frame challenge
         * @property {fabric.LinkLogin.$Properties|null} [login] Frame login
         * @property {fabric.LinkAccept.$Properties|null} [accept] Frame accept
         * @property {fabric.Request.$Properties|null} [request] Frame request
         * @property {fabric.Response.$Properties|null} [response] Frame response
         * @property {"challenge"|"login"|"accept"|"request"|"response"} [body] Frame body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Frame.
         * @memberof fabric
         * @interface IFrame
         * @augments fabric.Frame.$Properties
         * @deprecated Use fabric.Frame.$Properties instead.
         */

        /**
         * Narrowed shape of a Frame.
         * @typedef {{
         *   challenge?: fabric.LinkChallenge.$Shape|null;
         *   login?: fabric.LinkLogin.$Shape|null;
         *   accept?: fabric.LinkAccept.$Shape|null;
         *   request?: fabric.Request.$Shape|null;
         *   response?: fabric.Response.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ body?: undefined; challenge?: null; login?: null; accept?: null; request?: null; response?: null }|{ body?: "challenge"; challenge: fabric.LinkChallenge.$Shape; login?: null; accept?: null; request?: null; response?: null }|{ body?: "login"; challenge?: null; login: fabric.LinkLogin.$Shape; accept?: null; request?: null; response?: null }|{ body?: "accept"; challenge?: null; login?: null; accept: fabric.LinkAccept.$Shape; request?: null; response?: null }|{ body?: "request"; challenge?: null; login?: null; accept?: null; request: fabric.Request.$Shape; response?: null }|{ body?: "response"; challenge?: null; login?: null; accept?: null; request?: null; response: fabric.Response.$Shape })
         * )} fabric.Frame.$Shape
         */

        /**
         * Constructs a new Frame.
         * @memberof fabric
         * @classdesc Represents a Frame.
         * @constructor
         * @param {fabric.Frame.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Frame = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Frame challenge.
         * @member {fabric.LinkChallenge.$Properties|null|undefined} challenge
         * @memberof fabric.Frame
         * @instance
         */
        Frame.prototype.challenge = null;

        /**
         * Frame login.
         * @member {fabric.LinkLogin.$Properties|null|undefined} login
         * @memberof fabric.Frame
         * @instance
         */
        Frame.prototype.login = null;

        /**
         * Frame accept.
         * @member {fabric.LinkAccept.$Properties|null|undefined} accept
         * @memberof fabric.Frame
         * @instance
         */
        Frame.prototype.accept = null;

        /**
         * Frame request.
         * @member {fabric.Request.$Properties|null|undefined} request
         * @memberof fabric.Frame
         * @instance
         */
        Frame.prototype.request = null;

        /**
         * Frame response.
         * @member {fabric.Response.$Properties|null|undefined} response
         * @memberof fabric.Frame
         * @instance
         */
        Frame.prototype.response = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * Frame body.
         * @member {"challenge"|"login"|"accept"|"request"|"response"|undefined} body
         * @memberof fabric.Frame
         * @instance
         */
        $Object.defineProperty(Frame.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["challenge", "login", "accept", "request", "response"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified Frame message. Does not implicitly {@link fabric.Frame.verify|verify} messages.
         * @function encode
         * @memberof fabric.Frame
         * @static
         * @param {fabric.Frame.$Properties} message Frame message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Frame.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.challenge != null && $Object.hasOwnProperty.call(message, "challenge"))
                $root.fabric.LinkChallenge.encode(message.challenge, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.login != null && $Object.hasOwnProperty.call(message, "login"))
                $root.fabric.LinkLogin.encode(message.login, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.accept != null && $Object.hasOwnProperty.call(message, "accept"))
                $root.fabric.LinkAccept.encode(message.accept, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                $root.fabric.Request.encode(message.request, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.response != null && $Object.hasOwnProperty.call(message, "response"))
                $root.fabric.Response.encode(message.response, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Frame message, length delimited. Does not implicitly {@link fabric.Frame.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fabric.Frame
         * @static
         * @param {fabric.Frame.$Properties} message Frame message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Frame.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Frame message from the specified reader or buffer.
         * @function decode
         * @memberof fabric.Frame
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fabric.Frame & fabric.Frame.$Shape} Frame
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Frame.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.fabric.Frame();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.challenge = $root.fabric.LinkChallenge.decode(reader, reader.size(), $undefined, _depth + 1, message.challenge);
                        message.body = "challenge";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.login = $root.fabric.LinkLogin.decode(reader, reader.size(), $undefined, _depth + 1, message.login);
                        message.body = "login";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.accept = $root.fabric.LinkAccept.decode(reader, reader.size(), $undefined, _depth + 1, message.accept);
                        message.body = "accept";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.request = $root.fabric.Request.decode(reader, reader.size(), $undefined, _depth + 1, message.request);
                        message.body = "request";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.response = $root.fabric.Response.decode(reader, reader.size(), $undefined, _depth + 1, message.response);
                        message.body = "response";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a Frame message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fabric.Frame
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fabric.Frame & fabric.Frame.$Shape} Frame
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Frame.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Frame;
    })();

    return fabric;
})();

export {
  $root as default
};
