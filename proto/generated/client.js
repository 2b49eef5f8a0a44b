/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const client = $root.client = (() => {

    /**
     * Namespace client.
     * @exports client
     * @namespace
     */
    const client = {};

    client.Register = (function() {

        /**
         * Properties of a Register.
         * @typedef {Object} client.Register.$Properties
         * @property {string|null} [name] Register name
         * @property {number|Long|null} [ports] Register ports
         * @property {number|Long|null} [memoryBytes] Register memoryBytes
         * @property {boolean|null} [monitor] Register monitor
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Register.
         * @memberof client
         * @interface IRegister
         * @augments client.Register.$Properties
         * @deprecated Use client.Register.$Properties instead.
         */

        /**
         * Shape of a Register.
         * @typedef {client.Register.$Properties} client.Register.$Shape
         */

        /**
         * Constructs a new Register.
         * @memberof client
         * @classdesc Represents a Register.
         * @constructor
         * @param {client.Register.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Register = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Register name.
         * @member {string} name
         * @memberof client.Register
         * @instance
         */
        Register.prototype.name = "";

        /**
         * Register ports.
         * @member {number|Long} ports
         * @memberof client.Register
         * @instance
         */
        Register.prototype.ports = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Register memoryBytes.
         * @member {number|Long} memoryBytes
         * @memberof client.Register
         * @instance
         */
        Register.prototype.memoryBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Register monitor.
         * @member {boolean} monitor
         * @memberof client.Register
         * @instance
         */
        Register.prototype.monitor = false;

        /**
         * Encodes the specified Register message. Does not implicitly {@link client.Register.verify|verify} messages.
         * @function encode
         * @memberof client.Register
         * @static
         * @param {client.Register.$Properties} message Register message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Register.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.ports != null && $Object.hasOwnProperty.call(message, "ports") && (typeof message.ports === "object" ? message.ports.low || message.ports.high : message.ports !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.ports);
            if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes") && (typeof message.memoryBytes === "object" ? message.memoryBytes.low || message.memoryBytes.high : message.memoryBytes !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.memoryBytes);
            if (message.monitor != null && $Object.hasOwnProperty.call(message, "monitor") && message.monitor !== false)
                writer.uint32(/* id 4, wireType 0 =*/32).bool(message.monitor);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Register message, length delimited. Does not implicitly {@link client.Register.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.Register
         * @static
         * @param {client.Register.$Properties} message Register message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Register.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Register message from the specified reader or buffer.
         * @function decode
         * @memberof client.Register
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.Register & client.Register.$Shape} Register
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Register.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.Register();
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
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.ports = value;
                        else
                            delete message.ports;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.memoryBytes = value;
                        else
                            delete message.memoryBytes;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.monitor = value;
                        else
                            delete message.monitor;
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
         * Decodes a Register message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.Register
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.Register & client.Register.$Shape} Register
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Register.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Register;
    })();

    client.Send = (function() {

        /**
         * Properties of a Send.
         * @typedef {Object} client.Send.$Properties
         * @property {string|null} [partner] Send partner
         * @property {number|Long|null} [port] Send port
         * @property {Uint8Array|null} [data] Send data
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Send.
         * @memberof client
         * @interface ISend
         * @augments client.Send.$Properties
         * @deprecated Use client.Send.$Properties instead.
         */

        /**
         * Shape of a Send.
         * @typedef {client.Send.$Properties} client.Send.$Shape
         */

        /**
         * Constructs a new Send.
         * @memberof client
         * @classdesc Represents a Send.
         * @constructor
         * @param {client.Send.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Send = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Send partner.
         * @member {string} partner
         * @memberof client.Send
         * @instance
         */
        Send.prototype.partner = "";

        /**
         * Send port.
         * @member {number|Long} port
         * @memberof client.Send
         * @instance
         */
        Send.prototype.port = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Send data.
         * @member {Uint8Array} data
         * @memberof client.Send
         * @instance
         */
        Send.prototype.data = $util.newBuffer([]);

        /**
         * Encodes the specified Send message. Does not implicitly {@link client.Send.verify|verify} messages.
         * @function encode
         * @memberof client.Send
         * @static
         * @param {client.Send.$Properties} message Send message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Send.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.partner != null && $Object.hasOwnProperty.call(message, "partner") && message.partner !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.partner);
            if (message.port != null && $Object.hasOwnProperty.call(message, "port") && (typeof message.port === "object" ? message.port.low || message.port.high : message.port !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.port);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.data);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Send message, length delimited. Does not implicitly {@link client.Send.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.Send
         * @static
         * @param {client.Send.$Properties} message Send message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Send.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Send message from the specified reader or buffer.
         * @function decode
         * @memberof client.Send
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.Send & client.Send.$Shape} Send
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Send.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.Send();
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
                        if ((value = reader.stringVerify()).length)
                            message.partner = value;
                        else
                            delete message.partner;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.port = value;
                        else
                            delete message.port;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.data = value;
                        else
                            delete message.data;
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
         * Decodes a Send message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.Send
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.Send & client.Send.$Shape} Send
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Send.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Send;
    })();

    /**
     * RemoteOp enum.
     * @name client.RemoteOp
     * @enum {number}
     * @property {number} REMOTE_OP_UNSPECIFIED=0 REMOTE_OP_UNSPECIFIED value
     * @property {number} READ=1 READ value
     * @property {number} WRITE=2 WRITE value
     * @property {number} FETCH_ADD=3 FETCH_ADD value
     * @property {number} COMPARE_SWAP=4 COMPARE_SWAP value
     */
    client.RemoteOp = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "REMOTE_OP_UNSPECIFIED"] = 0;
        values[valuesById[1] = "READ"] = 1;
        values[valuesById[2] = "WRITE"] = 2;
        values[valuesById[3] = "FETCH_ADD"] = 3;
        values[valuesById[4] = "COMPARE_SWAP"] = 4;
        return values;
    })();

    client.Remote = (function() {

        /**
         * Properties of a Remote.
         * @typedef {Object} client.Remote.$Properties
         * @property {string|null} [partner] Remote partner
         * @property {number|Long|null} [port] Remote port
         * @property {client.RemoteOp|null} [op] Remote op
         * @property {number|Long|null} [offset] Remote offset
         * @property {number|Long|null} [length] Remote length
         * @property {Uint8Array|null} [data] Remote data
         * @property {number|Long|null} [compareAdd] Remote compareAdd
         * @property {number|Long|null} [swap] Remote swap
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Remote.
         * @memberof client
         * @interface IRemote
         * @augments client.Remote.$Properties
         * @deprecated Use client.Remote.$Properties instead.
         */

        /**
         * Shape of a Remote.
         * @typedef {client.Remote.$Properties} client.Remote.$Shape
         */

        /**
         * Constructs a new Remote.
         * @memberof client
         * @classdesc Represents a Remote.
         * @constructor
         * @param {client.Remote.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Remote = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Remote partner.
         * @member {string} partner
         * @memberof client.Remote
         * @instance
         */
        Remote.prototype.partner = "";

        /**
         * Remote port.
         * @member {number|Long} port
         * @memberof client.Remote
         * @instance
         */
        Remote.prototype.port = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Remote op.
         * @member {client.RemoteOp} op
         * @memberof client.Remote
         * @instance
         */
        Remote.prototype.op = 0;

        /**
         * Remote offset.
         * @member {number|Long} offset
         * @memberof client.Remote
         * @instance
         */
        Remote.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Remote length.
         * @member {number|Long} length
         * @memberof client.Remote
         * @instance
         */
        Remote.prototype.length = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Remote data.
         * @member {Uint8Array} data
         * @memberof client.Remote
         * @instance
         */
        Remote.prototype.data = $util.newBuffer([]);

        /**
         * Remote compareAdd.
         * @member {number|Long} compareAdd
         * @memberof client.Remote
         * @instance
         */
        Remote.prototype.compareAdd = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Remote swap.
         * @member {number|Long} swap
         * @memberof client.Remote
         * @instance
         */
        Remote.prototype.swap = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified Remote message. Does not implicitly {@link client.Remote.verify|verify} messages.
         * @function encode
         * @memberof client.Remote
         * @static
         * @param {client.Remote.$Properties} message Remote message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Remote.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.partner != null && $Object.hasOwnProperty.call(message, "partner") && message.partner !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.partner);
            if (message.port != null && $Object.hasOwnProperty.call(message, "port") && (typeof message.port === "object" ? message.port.low || message.port.high : message.port !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.port);
            if (message.op != null && $Object.hasOwnProperty.call(message, "op") && message.op !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.op);
            if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.offset);
            if (message.length != null && $Object.hasOwnProperty.call(message, "length") && (typeof message.length === "object" ? message.length.low || message.length.high : message.length !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.length);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.data);
            if (message.compareAdd != null && $Object.hasOwnProperty.call(message, "compareAdd") && (typeof message.compareAdd === "object" ? message.compareAdd.low || message.compareAdd.high : message.compareAdd !== 0))
                writer.uint32(/* id 7, wireType 1 =*/57).fixed64(message.compareAdd);
            if (message.swap != null && $Object.hasOwnProperty.call(message, "swap") && (typeof message.swap === "object" ? message.swap.low || message.swap.high : message.swap !== 0))
                writer.uint32(/* id 8, wireType 1 =*/65).fixed64(message.swap);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Remote message, length delimited. Does not implicitly {@link client.Remote.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.Remote
         * @static
         * @param {client.Remote.$Properties} message Remote message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Remote.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Remote message from the specified reader or buffer.
         * @function decode
         * @memberof client.Remote
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.Remote & client.Remote.$Shape} Remote
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Remote.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.Remote();
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
                        if ((value = reader.stringVerify()).length)
                            message.partner = value;
                        else
                            delete message.partner;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.port = value;
                        else
                            delete message.port;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.op = value;
                        else
                            delete message.op;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.offset = value;
                        else
                            delete message.offset;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.length = value;
                        else
                            delete message.length;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.data = value;
                        else
                            delete message.data;
                        continue;
                    }
                case 7: {
                        if (wireType !== 1)
                            break;
                        if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                            message.compareAdd = value;
                        else
                            delete message.compareAdd;
                        continue;
                    }
                case 8: {
                        if (wireType !== 1)
                            break;
                        if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                            message.swap = value;
                        else
                            delete message.swap;
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
         * Decodes a Remote message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.Remote
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.Remote & client.Remote.$Shape} Remote
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Remote.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Remote;
    })();

    client.LocalRead = (function() {

        /**
         * Properties of a LocalRead.
         * @typedef {Object} client.LocalRead.$Properties
         * @property {number|Long|null} [offset] LocalRead offset
         * @property {number|Long|null} [length] LocalRead length
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LocalRead.
         * @memberof client
         * @interface ILocalRead
         * @augments client.LocalRead.$Properties
         * @deprecated Use client.LocalRead.$Properties instead.
         */

        /**
         * Shape of a LocalRead.
         * @typedef {client.LocalRead.$Properties} client.LocalRead.$Shape
         */

        /**
         * Constructs a new LocalRead.
         * @memberof client
         * @classdesc Represents a LocalRead.
         * @constructor
         * @param {client.LocalRead.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LocalRead = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * LocalRead offset.
         * @member {number|Long} offset
         * @memberof client.LocalRead
         * @instance
         */
        LocalRead.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * LocalRead length.
         * @member {number|Long} length
         * @memberof client.LocalRead
         * @instance
         */
        LocalRead.prototype.length = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified LocalRead message. Does not implicitly {@link client.LocalRead.verify|verify} messages.
         * @function encode
         * @memberof client.LocalRead
         * @static
         * @param {client.LocalRead.$Properties} message LocalRead message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LocalRead.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.offset);
            if (message.length != null && $Object.hasOwnProperty.call(message, "length") && (typeof message.length === "object" ? message.length.low || message.length.high : message.length !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.length);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified LocalRead message, length delimited. Does not implicitly {@link client.LocalRead.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.LocalRead
         * @static
         * @param {client.LocalRead.$Properties} message LocalRead message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LocalRead.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a LocalRead message from the specified reader or buffer.
         * @function decode
         * @memberof client.LocalRead
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.LocalRead & client.LocalRead.$Shape} LocalRead
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LocalRead.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.LocalRead();
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
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.offset = value;
                        else
                            delete message.offset;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.length = value;
                        else
                            delete message.length;
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
         * Decodes a LocalRead message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.LocalRead
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.LocalRead & client.LocalRead.$Shape} LocalRead
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LocalRead.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return LocalRead;
    })();

    client.LocalWrite = (function() {

        /**
         * Properties of a LocalWrite.
         * @typedef {Object} client.LocalWrite.$Properties
         * @property {number|Long|null} [offset] LocalWrite offset
         * @property {Uint8Array|null} [data] LocalWrite data
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LocalWrite.
         * @memberof client
         * @interface ILocalWrite
         * @augments client.LocalWrite.$Properties
         * @deprecated Use client.LocalWrite.$Properties instead.
         */

        /**
         * Shape of a LocalWrite.
         * @typedef {client.LocalWrite.$Properties} client.LocalWrite.$Shape
         */

        /**
         * Constructs a new LocalWrite.
         * @memberof client
         * @classdesc Represents a LocalWrite.
         * @constructor
         * @param {client.LocalWrite.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LocalWrite = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * LocalWrite offset.
         * @member {number|Long} offset
         * @memberof client.LocalWrite
         * @instance
         */
        LocalWrite.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * LocalWrite data.
         * @member {Uint8Array} data
         * @memberof client.LocalWrite
         * @instance
         */
        LocalWrite.prototype.data = $util.newBuffer([]);

        /**
         * Encodes the specified LocalWrite message. Does not implicitly {@link client.LocalWrite.verify|verify} messages.
         * @function encode
         * @memberof client.LocalWrite
         * @static
         * @param {client.LocalWrite.$Properties} message LocalWrite message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LocalWrite.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.offset);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified LocalWrite message, length delimited. Does not implicitly {@link client.LocalWrite.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.LocalWrite
         * @static
         * @param {client.LocalWrite.$Properties} message LocalWrite message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LocalWrite.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a LocalWrite message from the specified reader or buffer.
         * @function decode
         * @memberof client.LocalWrite
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.LocalWrite & client.LocalWrite.$Shape} LocalWrite
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LocalWrite.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.LocalWrite();
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
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.offset = value;
                        else
                            delete message.offset;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.data = value;
                        else
                            delete message.data;
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
         * Decodes a LocalWrite message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.LocalWrite
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.LocalWrite & client.LocalWrite.$Shape} LocalWrite
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LocalWrite.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return LocalWrite;
    })();

    client.PartnerStatus = (function() {

        /**
         * Properties of a PartnerStatus.
         * @typedef {Object} client.PartnerStatus.$Properties
         * @property {string|null} [partner] PartnerStatus partner
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PartnerStatus.
         * @memberof client
         * @interface IPartnerStatus
         * @augments client.PartnerStatus.$Properties
         * @deprecated Use client.PartnerStatus.$Properties instead.
         */

        /**
         * Shape of a PartnerStatus.
         * @typedef {client.PartnerStatus.$Properties} client.PartnerStatus.$Shape
         */

        /**
         * Constructs a new PartnerStatus.
         * @memberof client
         * @classdesc Represents a PartnerStatus.
         * @constructor
         * @param {client.PartnerStatus.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PartnerStatus = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PartnerStatus partner.
         * @member {string} partner
         * @memberof client.PartnerStatus
         * @instance
         */
        PartnerStatus.prototype.partner = "";

        /**
         * Encodes the specified PartnerStatus message. Does not implicitly {@link client.PartnerStatus.verify|verify} messages.
         * @function encode
         * @memberof client.PartnerStatus
         * @static
         * @param {client.PartnerStatus.$Properties} message PartnerStatus message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PartnerStatus.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.partner != null && $Object.hasOwnProperty.call(message, "partner") && message.partner !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.partner);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified PartnerStatus message, length delimited. Does not implicitly {@link client.PartnerStatus.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.PartnerStatus
         * @static
         * @param {client.PartnerStatus.$Properties} message PartnerStatus message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PartnerStatus.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PartnerStatus message from the specified reader or buffer.
         * @function decode
         * @memberof client.PartnerStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.PartnerStatus & client.PartnerStatus.$Shape} PartnerStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PartnerStatus.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.PartnerStatus();
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
                        if ((value = reader.stringVerify()).length)
                            message.partner = value;
                        else
                            delete message.partner;
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
         * Decodes a PartnerStatus message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.PartnerStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.PartnerStatus & client.PartnerStatus.$Shape} PartnerStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PartnerStatus.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return PartnerStatus;
    })();

    client.ReportPartnerDown = (function() {

        /**
         * Properties of a ReportPartnerDown.
         * @typedef {Object} client.ReportPartnerDown.$Properties
         * @property {string|null} [partner] ReportPartnerDown partner
         * @property {string|null} [reason] ReportPartnerDown reason
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ReportPartnerDown.
         * @memberof client
         * @interface IReportPartnerDown
         * @augments client.ReportPartnerDown.$Properties
         * @deprecated Use client.ReportPartnerDown.$Properties instead.
         */

        /**
         * Shape of a ReportPartnerDown.
         * @typedef {client.ReportPartnerDown.$Properties} client.ReportPartnerDown.$Shape
         */

        /**
         * Constructs a new ReportPartnerDown.
         * @memberof client
         * @classdesc Represents a ReportPartnerDown.
         * @constructor
         * @param {client.ReportPartnerDown.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ReportPartnerDown = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ReportPartnerDown partner.
         * @member {string} partner
         * @memberof client.ReportPartnerDown
         * @instance
         */
        ReportPartnerDown.prototype.partner = "";

        /**
         * ReportPartnerDown reason.
         * @member {string} reason
         * @memberof client.ReportPartnerDown
         * @instance
         */
        ReportPartnerDown.prototype.reason = "";

        /**
         * Encodes the specified ReportPartnerDown message. Does not implicitly {@link client.ReportPartnerDown.verify|verify} messages.
         * @function encode
         * @memberof client.ReportPartnerDown
         * @static
         * @param {client.ReportPartnerDown.$Properties} message ReportPartnerDown message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReportPartnerDown.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.partner != null && $Object.hasOwnProperty.call(message, "partner") && message.partner !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.partner);
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ReportPartnerDown message, length delimited. Does not implicitly {@link client.ReportPartnerDown.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.ReportPartnerDown
         * @static
         * @param {client.ReportPartnerDown.$Properties} message ReportPartnerDown message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReportPartnerDown.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ReportPartnerDown message from the specified reader or buffer.
         * @function decode
         * @memberof client.ReportPartnerDown
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.ReportPartnerDown & client.ReportPartnerDown.$Shape} ReportPartnerDown
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReportPartnerDown.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.ReportPartnerDown();
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
                        if ((value = reader.stringVerify()).length)
                            message.partner = value;
                        else
                            delete message.partner;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.reason = value;
                        else
                            delete message.reason;
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
         * Decodes a ReportPartnerDown message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.ReportPartnerDown
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.ReportPartnerDown & client.ReportPartnerDown.$Shape} ReportPartnerDown
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReportPartnerDown.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return ReportPartnerDown;
    })();

    client.GetStatus = (function() {

        /**
         * Properties of a GetStatus.
         * @typedef {Object} client.GetStatus.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GetStatus.
         * @memberof client
         * @interface IGetStatus
         * @augments client.GetStatus.$Properties
         * @deprecated Use client.GetStatus.$Properties instead.
         */

        /**
         * Shape of a GetStatus.
         * @typedef {client.GetStatus.$Properties} client.GetStatus.$Shape
         */

        /**
         * Constructs a new GetStatus.
         * @memberof client
         * @classdesc Represents a GetStatus.
         * @constructor
         * @param {client.GetStatus.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GetStatus = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified GetStatus message. Does not implicitly {@link client.GetStatus.verify|verify} messages.
         * @function encode
         * @memberof client.GetStatus
         * @static
         * @param {client.GetStatus.$Properties} message GetStatus message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetStatus.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified GetStatus message, length delimited. Does not implicitly {@link client.GetStatus.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.GetStatus
         * @static
         * @param {client.GetStatus.$Properties} message GetStatus message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetStatus.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a GetStatus message from the specified reader or buffer.
         * @function decode
         * @memberof client.GetStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.GetStatus & client.GetStatus.$Shape} GetStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetStatus.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.GetStatus();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
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
         * Decodes a GetStatus message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.GetStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.GetStatus & client.GetStatus.$Shape} GetStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetStatus.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return GetStatus;
    })();

    /**
     * OsState enum.
     * @name client.OsState
     * @enum {number}
     * @property {number} OS_STATE_UNSPECIFIED=0 OS_STATE_UNSPECIFIED value
     * @property {number} BOOTING=1 BOOTING value
     * @property {number} UP=2 UP value
     * @property {number} HUNG=3 HUNG value
     * @property {number} PANICKED=4 PANICKED value
     */
    client.OsState = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "OS_STATE_UNSPECIFIED"] = 0;
        values[valuesById[1] = "BOOTING"] = 1;
        values[valuesById[2] = "UP"] = 2;
        values[valuesById[3] = "HUNG"] = 3;
        values[valuesById[4] = "PANICKED"] = 4;
        return values;
    })();

    client.SetOsState = (function() {

        /**
         * Properties of a SetOsState.
         * @typedef {Object} client.SetOsState.$Properties
         * @property {client.OsState|null} [state] SetOsState state
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SetOsState.
         * @memberof client
         * @interface ISetOsState
         * @augments client.SetOsState.$Properties
         * @deprecated Use client.SetOsState.$Properties instead.
         */

        /**
         * Shape of a SetOsState.
         * @typedef {client.SetOsState.$Properties} client.SetOsState.$Shape
         */

        /**
         * Constructs a new SetOsState.
         * @memberof client
         * @classdesc Represents a SetOsState.
         * @constructor
         * @param {client.SetOsState.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SetOsState = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SetOsState state.
         * @member {client.OsState} state
         * @memberof client.SetOsState
         * @instance
         */
        SetOsState.prototype.state = 0;

        /**
         * Encodes the specified SetOsState message. Does not implicitly {@link client.SetOsState.verify|verify} messages.
         * @function encode
         * @memberof client.SetOsState
         * @static
         * @param {client.SetOsState.$Properties} message SetOsState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SetOsState.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.state);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified SetOsState message, length delimited. Does not implicitly {@link client.SetOsState.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.SetOsState
         * @static
         * @param {client.SetOsState.$Properties} message SetOsState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SetOsState.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SetOsState message from the specified reader or buffer.
         * @function decode
         * @memberof client.SetOsState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.SetOsState & client.SetOsState.$Shape} SetOsState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SetOsState.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.SetOsState();
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
                        if (value = reader.int32())
                            message.state = value;
                        else
                            delete message.state;
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
         * Decodes a SetOsState message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.SetOsState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.SetOsState & client.SetOsState.$Shape} SetOsState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SetOsState.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return SetOsState;
    })();

    client.Faults = (function() {

        /**
         * Properties of a Faults.
         * @typedef {Object} client.Faults.$Properties
         * @property {number|null} [delayMs] Faults delayMs
         * @property {number|null} [jitterMs] Faults jitterMs
         * @property {number|null} [lossRate] Faults lossRate
         * @property {number|null} [duplicateRate] Faults duplicateRate
         * @property {boolean|null} [partitioned] Faults partitioned
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Faults.
         * @memberof client
         * @interface IFaults
         * @augments client.Faults.$Properties
         * @deprecated Use client.Faults.$Properties instead.
         */

        /**
         * Shape of a Faults.
         * @typedef {client.Faults.$Properties} client.Faults.$Shape
         */

        /**
         * Constructs a new Faults.
         * @memberof client
         * @classdesc Represents a Faults.
         * @constructor
         * @param {client.Faults.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Faults = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Faults delayMs.
         * @member {number} delayMs
         * @memberof client.Faults
         * @instance
         */
        Faults.prototype.delayMs = 0;

        /**
         * Faults jitterMs.
         * @member {number} jitterMs
         * @memberof client.Faults
         * @instance
         */
        Faults.prototype.jitterMs = 0;

        /**
         * Faults lossRate.
         * @member {number} lossRate
         * @memberof client.Faults
         * @instance
         */
        Faults.prototype.lossRate = 0;

        /**
         * Faults duplicateRate.
         * @member {number} duplicateRate
         * @memberof client.Faults
         * @instance
         */
        Faults.prototype.duplicateRate = 0;

        /**
         * Faults partitioned.
         * @member {boolean} partitioned
         * @memberof client.Faults
         * @instance
         */
        Faults.prototype.partitioned = false;

        /**
         * Encodes the specified Faults message. Does not implicitly {@link client.Faults.verify|verify} messages.
         * @function encode
         * @memberof client.Faults
         * @static
         * @param {client.Faults.$Properties} message Faults message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Faults.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs") && !$Object.is(message.delayMs, 0))
                writer.uint32(/* id 1, wireType 1 =*/9).double(message.delayMs);
            if (message.jitterMs != null && $Object.hasOwnProperty.call(message, "jitterMs") && !$Object.is(message.jitterMs, 0))
                writer.uint32(/* id 2, wireType 1 =*/17).double(message.jitterMs);
            if (message.lossRate != null && $Object.hasOwnProperty.call(message, "lossRate") && !$Object.is(message.lossRate, 0))
                writer.uint32(/* id 3, wireType 1 =*/25).double(message.lossRate);
            if (message.duplicateRate != null && $Object.hasOwnProperty.call(message, "duplicateRate") && !$Object.is(message.duplicateRate, 0))
                writer.uint32(/* id 4, wireType 1 =*/33).double(message.duplicateRate);
            if (message.partitioned != null && $Object.hasOwnProperty.call(message, "partitioned") && message.partitioned !== false)
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.partitioned);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Faults message, length delimited. Does not implicitly {@link client.Faults.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.Faults
         * @static
         * @param {client.Faults.$Properties} message Faults message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Faults.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Faults message from the specified reader or buffer.
         * @function decode
         * @memberof client.Faults
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.Faults & client.Faults.$Shape} Faults
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Faults.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.Faults();
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
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.delayMs = value;
                        else
                            delete message.delayMs;
                        continue;
                    }
                case 2: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.jitterMs = value;
                        else
                            delete message.jitterMs;
                        continue;
                    }
                case 3: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.lossRate = value;
                        else
                            delete message.lossRate;
                        continue;
                    }
                case 4: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.duplicateRate = value;
                        else
                            delete message.duplicateRate;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.partitioned = value;
                        else
                            delete message.partitioned;
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
         * Decodes a Faults message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.Faults
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.Faults & client.Faults.$Shape} Faults
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Faults.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Faults;
    })();

    /**
     * FaultDirection enum.
     * @name client.FaultDirection
     * @enum {number}
     * @property {number} BOTH=0 BOTH value
     * @property {number} OUTBOUND=1 OUTBOUND value
     * @property {number} INBOUND=2 INBOUND value
     */
    client.FaultDirection = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "BOTH"] = 0;
        values[valuesById[1] = "OUTBOUND"] = 1;
        values[valuesById[2] = "INBOUND"] = 2;
        return values;
    })();

    client.SetFaults = (function() {

        /**
         * Properties of a SetFaults.
         * @typedef {Object} client.SetFaults.$Properties
         * @property {string|null} [partner] SetFaults partner
         * @property {client.Faults.$Properties|null} [faults] SetFaults faults
         * @property {client.FaultDirection|null} [direction] SetFaults direction
         * @property {number|Long|null} [fabric] SetFaults fabric
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SetFaults.
         * @memberof client
         * @interface ISetFaults
         * @augments client.SetFaults.$Properties
         * @deprecated Use client.SetFaults.$Properties instead.
         */

        /**
         * Shape of a SetFaults.
         * @typedef {client.SetFaults.$Properties} client.SetFaults.$Shape
         */

        /**
         * Constructs a new SetFaults.
         * @memberof client
         * @classdesc Represents a SetFaults.
         * @constructor
         * @param {client.SetFaults.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SetFaults = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SetFaults partner.
         * @member {string} partner
         * @memberof client.SetFaults
         * @instance
         */
        SetFaults.prototype.partner = "";

        /**
         * SetFaults faults.
         * @member {client.Faults.$Properties|null|undefined} faults
         * @memberof client.SetFaults
         * @instance
         */
        SetFaults.prototype.faults = null;

        /**
         * SetFaults direction.
         * @member {client.FaultDirection} direction
         * @memberof client.SetFaults
         * @instance
         */
        SetFaults.prototype.direction = 0;

        /**
         * SetFaults fabric.
         * @member {number|Long} fabric
         * @memberof client.SetFaults
         * @instance
         */
        SetFaults.prototype.fabric = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified SetFaults message. Does not implicitly {@link client.SetFaults.verify|verify} messages.
         * @function encode
         * @memberof client.SetFaults
         * @static
         * @param {client.SetFaults.$Properties} message SetFaults message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SetFaults.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.partner != null && $Object.hasOwnProperty.call(message, "partner") && message.partner !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.partner);
            if (message.faults != null && $Object.hasOwnProperty.call(message, "faults"))
                $root.client.Faults.encode(message.faults, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.direction != null && $Object.hasOwnProperty.call(message, "direction") && message.direction !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.direction);
            if (message.fabric != null && $Object.hasOwnProperty.call(message, "fabric") && (typeof message.fabric === "object" ? message.fabric.low || message.fabric.high : message.fabric !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.fabric);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified SetFaults message, length delimited. Does not implicitly {@link client.SetFaults.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.SetFaults
         * @static
         * @param {client.SetFaults.$Properties} message SetFaults message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SetFaults.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SetFaults message from the specified reader or buffer.
         * @function decode
         * @memberof client.SetFaults
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.SetFaults & client.SetFaults.$Shape} SetFaults
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SetFaults.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.SetFaults();
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
                        if ((value = reader.stringVerify()).length)
                            message.partner = value;
                        else
                            delete message.partner;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.faults = $root.client.Faults.decode(reader, reader.size(), $undefined, _depth + 1, message.faults);
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.direction = value;
                        else
                            delete message.direction;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.fabric = value;
                        else
                            delete message.fabric;
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
         * Decodes a SetFaults message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.SetFaults
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.SetFaults & client.SetFaults.$Shape} SetFaults
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SetFaults.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return SetFaults;
    })();

    client.ServiceCall = (function() {

        /**
         * Properties of a ServiceCall.
         * @typedef {Object} client.ServiceCall.$Properties
         * @property {string|null} [service] ServiceCall service
         * @property {Uint8Array|null} [payload] ServiceCall payload
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ServiceCall.
         * @memberof client
         * @interface IServiceCall
         * @augments client.ServiceCall.$Properties
         * @deprecated Use client.ServiceCall.$Properties instead.
         */

        /**
         * Shape of a ServiceCall.
         * @typedef {client.ServiceCall.$Properties} client.ServiceCall.$Shape
         */

        /**
         * Constructs a new ServiceCall.
         * @memberof client
         * @classdesc Represents a ServiceCall.
         * @constructor
         * @param {client.ServiceCall.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ServiceCall = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ServiceCall service.
         * @member {string} service
         * @memberof client.ServiceCall
         * @instance
         */
        ServiceCall.prototype.service = "";

        /**
         * ServiceCall payload.
         * @member {Uint8Array} payload
         * @memberof client.ServiceCall
         * @instance
         */
        ServiceCall.prototype.payload = $util.newBuffer([]);

        /**
         * Encodes the specified ServiceCall message. Does not implicitly {@link client.ServiceCall.verify|verify} messages.
         * @function encode
         * @memberof client.ServiceCall
         * @static
         * @param {client.ServiceCall.$Properties} message ServiceCall message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ServiceCall.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.service != null && $Object.hasOwnProperty.call(message, "service") && message.service !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.service);
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ServiceCall message, length delimited. Does not implicitly {@link client.ServiceCall.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.ServiceCall
         * @static
         * @param {client.ServiceCall.$Properties} message ServiceCall message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ServiceCall.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ServiceCall message from the specified reader or buffer.
         * @function decode
         * @memberof client.ServiceCall
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.ServiceCall & client.ServiceCall.$Shape} ServiceCall
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ServiceCall.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.ServiceCall();
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
                        if ((value = reader.stringVerify()).length)
                            message.service = value;
                        else
                            delete message.service;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.payload = value;
                        else
                            delete message.payload;
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
         * Decodes a ServiceCall message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.ServiceCall
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.ServiceCall & client.ServiceCall.$Shape} ServiceCall
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ServiceCall.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return ServiceCall;
    })();

    client.Request = (function() {

        /**
         * Properties of a Request.
         * @typedef {Object} client.Request.$Properties
         * @property {number|Long|null} [id] Request id
         * @property {client.Register.$Properties|null} [register] Request register
         * @property {client.Send.$Properties|null} [send] Request send
         * @property {client.Remote.$Properties|null} [remote] Request remote
         * @property {client.LocalRead.$Properties|null} [localRead] Request localRead
         * @property {client.LocalWrite.$Properties|null} [localWrite] Request localWrite
         * @property {client.PartnerStatus.$Properties|null} [partnerStatus] Request partnerStatus
         * @property {client.ReportPartnerDown.$Properties|null} [reportPartnerDown] Request reportPartnerDown
         * @property {client.GetStatus.$Properties|null} [getStatus] Request getStatus
         * @property {client.SetOsState.$Properties|null} [setOsState] Request setOsState
         * @property {client.SetFaults.$Properties|null} [setFaults] Request setFaults
         * @property {client.ServiceCall.$Properties|null} [serviceCall] Request serviceCall
         * @property {"register"|"send"|"remote"|"localRead"|"localWrite"|"partnerStatus"|"reportPartnerDown"|"getStatus"|"setOsState"|"setFaults"|"serviceCall"} [body] Request body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Request.
         * @memberof client
         * @interface IRequest
         * @augments client.Request.$Properties
         * @deprecated Use client.Request.$Properties instead.
         */

        /**
         * Narrowed shape of a Request.
         * @typedef {{
         *   id?: number|Long|null;
         *   register?: client.Register.$Shape|null;
         *   send?: client.Send.$Shape|null;
         *   remote?: client.Remote.$Shape|null;
         *   localRead?: client.LocalRead.$Shape|null;
         *   localWrite?: client.LocalWrite.$Shape|null;
         *   partnerStatus?: client.PartnerStatus.$Shape|null;
         *   reportPartnerDown?: client.ReportPartnerDown.$Shape|null;
         *   getStatus?: client.GetStatus.$Shape|null;
         *   setOsState?: client.SetOsState.$Shape|null;
         *   setFaults?: client.SetFaults.$Shape|null;
         *   serviceCall?: client.ServiceCall.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ body?: undefined; register?: null; send?: null; remote?: null; localRead?: null; localWrite?: null; partnerStatus?: null; reportPartnerDown?: null; getStatus?: null; setOsState?: null; setFaults?: null; serviceCall?: null }|{ body?: "register"; register: client.Register.$Shape; send?: null; remote?: null; localRead?: null; localWrite?: null; partnerStatus?: null; reportPartnerDown?: null; getStatus?: null; setOsState?: null; setFaults?: null; serviceCall?: null }|{ body?: "send"; register?: null; send: client.Send.$Shape; remote?: null; localRead?: null; localWrite?: null; partnerStatus?: null; reportPartnerDown?: null; getStatus?: null; setOsState?: null; setFaults?: null; serviceCall?: null }|{ body?: "remote"; register?: null; send?: null; remote: client.Remote.$Shape; localRead?: null; localWrite?: null; partnerStatus?: null; reportPartnerDown?: null; getStatus?: null; setOsState?: null; setFaults?: null; serviceCall?: null }|{ body?: "localRead"; register?: null; send?: null; remote?: null; localRead: client.LocalRead.$Shape; localWrite?: null; partnerStatus?: null; reportPartnerDown?: null; getStatus?: null; setOsState?: null; setFaults?: null; serviceCall?: null }|{ body?: "localWrite"; register?: null; send?: null; remote?: null; localRead?: null; localWrite: client.LocalWrite.$Shape; partnerStatus?: null; reportPartnerDown?: null; getStatus?: null; setOsState?: null; setFaults?: null; serviceCall?: null }|{ body?: "partnerStatus"; register?: null; send?: null; remote?: null; localRead?: null; localWrite?: null; partnerStatus: client.PartnerStatus.$Shape; reportPartnerDown?: null; getStatus?: null; setOsState?: null; setFaults?: null; serviceCall?: null }|{ body?: "reportPartnerDown"; register?: null; send?: null; remote?: null; localRead?: null; localWrite?: null; partnerStatus?: null; reportPartnerDown: client.ReportPartnerDown.$Shape; getStatus?: null; setOsState?: null; setFaults?: null; serviceCall?: null }|{ body?: "getStatus"; register?: null; send?: null; remote?: null; localRead?: null; localWrite?: null; partnerStatus?: null; reportPartnerDown?: null; getStatus: client.GetStatus.$Shape; setOsState?: null; setFaults?: null; serviceCall?: null }|{ body?: "setOsState"; register?: null; send?: null; remote?: null; localRead?: null; localWrite?: null; partnerStatus?: null; reportPartnerDown?: null; getStatus?: null; setOsState: client.SetOsState.$Shape; setFaults?: null; serviceCall?: null }|{ body?: "setFaults"; register?: null; send?: null; remote?: null; localRead?: null; localWrite?: null; partnerStatus?: null; reportPartnerDown?: null; getStatus?: null; setOsState?: null; setFaults: client.SetFaults.$Shape; serviceCall?: null }|{ body?: "serviceCall"; register?: null; send?: null; remote?: null; localRead?: null; localWrite?: null; partnerStatus?: null; reportPartnerDown?: null; getStatus?: null; setOsState?: null; setFaults?: null; serviceCall: client.ServiceCall.$Shape })
         * )} client.Request.$Shape
         */

        /**
         * Constructs a new Request.
         * @memberof client
         * @classdesc Represents a Request.
         * @constructor
         * @param {client.Request.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Request = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Request id.
         * @member {number|Long} id
         * @memberof client.Request
         * @instance
         */
        Request.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Request register.
         * @member {client.Register.$Properties|null|undefined} register
         * @memberof client.Request
         * @instance
         */
        Request.prototype.register = null;

        /**
         * Request send.
         * @member {client.Send.$Properties|null|undefined} send
         * @memberof client.Request
         * @instance
         */
        Request.prototype.send = null;

        /**
         * Request remote.
         * @member {client.Remote.$Properties|null|undefined} remote
         * @memberof client.Request
         * @instance
         */
        Request.prototype.remote = null;

        /**
         * Request localRead.
         * @member {client.LocalRead.$Properties|null|undefined} localRead
         * @memberof client.Request
         * @instance
         */
        Request.prototype.localRead = null;

        /**
         * Request localWrite.
         * @member {client.LocalWrite.$Properties|null|undefined} localWrite
         * @memberof client.Request
         * @instance
         */
        Request.prototype.localWrite = null;

        /**
         * Request partnerStatus.
         * @member {client.PartnerStatus.$Properties|null|undefined} partnerStatus
         * @memberof client.Request
         * @instance
         */
        Request.prototype.partnerStatus = null;

        /**
         * Request reportPartnerDown.
         * @member {client.ReportPartnerDown.$Properties|null|undefined} reportPartnerDown
         * @memberof client.Request
         * @instance
         */
        Request.prototype.reportPartnerDown = null;

        /**
         * Request getStatus.
         * @member {client.GetStatus.$Properties|null|undefined} getStatus
         * @memberof client.Request
         * @instance
         */
        Request.prototype.getStatus = null;

        /**
         * Request setOsState.
         * @member {client.SetOsState.$Properties|null|undefined} setOsState
         * @memberof client.Request
         * @instance
         */
        Request.prototype.setOsState = null;

        /**
         * Request setFaults.
         * @member {client.SetFaults.$Properties|null|undefined} setFaults
         * @memberof client.Request
         * @instance
         */
        Request.prototype.setFaults = null;

        /**
         * Request serviceCall.
         * @member {client.ServiceCall.$Properties|null|undefined} serviceCall
         * @memberof client.Request
         * @instance
         */
        Request.prototype.serviceCall = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * Request body.
         * @member {"register"|"send"|"remote"|"localRead"|"localWrite"|"partnerStatus"|"reportPartnerDown"|"getStatus"|"setOsState"|"setFaults"|"serviceCall"|undefined} body
         * @memberof client.Request
         * @instance
         */
        $Object.defineProperty(Request.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["register", "send", "remote", "localRead", "localWrite", "partnerStatus", "reportPartnerDown", "getStatus", "setOsState", "setFaults", "serviceCall"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified Request message. Does not implicitly {@link client.Request.verify|verify} messages.
         * @function encode
         * @memberof client.Request
         * @static
         * @param {client.Request.$Properties} message Request message or plain object to encode
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
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
            if (message.register != null && $Object.hasOwnProperty.call(message, "register"))
                $root.client.Register.encode(message.register, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.send != null && $Object.hasOwnProperty.call(message, "send"))
                $root.client.Send.encode(message.send, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.remote != null && $Object.hasOwnProperty.call(message, "remote"))
                $root.client.Remote.encode(message.remote, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.localRead != null && $Object.hasOwnProperty.call(message, "localRead"))
                $root.client.LocalRead.encode(message.localRead, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.localWrite != null && $Object.hasOwnProperty.call(message, "localWrite"))
                $root.client.LocalWrite.encode(message.localWrite, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.partnerStatus != null && $Object.hasOwnProperty.call(message, "partnerStatus"))
                $root.client.PartnerStatus.encode(message.partnerStatus, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.reportPartnerDown != null && $Object.hasOwnProperty.call(message, "reportPartnerDown"))
                $root.client.ReportPartnerDown.encode(message.reportPartnerDown, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.getStatus != null && $Object.hasOwnProperty.call(message, "getStatus"))
                $root.client.GetStatus.encode(message.getStatus, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
            if (message.setOsState != null && $Object.hasOwnProperty.call(message, "setOsState"))
                $root.client.SetOsState.encode(message.setOsState, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.setFaults != null && $Object.hasOwnProperty.call(message, "setFaults"))
                $root.client.SetFaults.encode(message.setFaults, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
            if (message.serviceCall != null && $Object.hasOwnProperty.call(message, "serviceCall"))
                $root.client.ServiceCall.encode(message.serviceCall, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Request message, length delimited. Does not implicitly {@link client.Request.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.Request
         * @static
         * @param {client.Request.$Properties} message Request message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Request.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Request message from the specified reader or buffer.
         * @function decode
         * @memberof client.Request
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.Request & client.Request.$Shape} Request
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
            message = _target || new $root.client.Request();
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
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.register = $root.client.Register.decode(reader, reader.size(), $undefined, _depth + 1, message.register);
                        message.body = "register";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.send = $root.client.Send.decode(reader, reader.size(), $undefined, _depth + 1, message.send);
                        message.body = "send";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.remote = $root.client.Remote.decode(reader, reader.size(), $undefined, _depth + 1, message.remote);
                        message.body = "remote";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.localRead = $root.client.LocalRead.decode(reader, reader.size(), $undefined, _depth + 1, message.localRead);
                        message.body = "localRead";
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.localWrite = $root.client.LocalWrite.decode(reader, reader.size(), $undefined, _depth + 1, message.localWrite);
                        message.body = "localWrite";
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.partnerStatus = $root.client.PartnerStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.partnerStatus);
                        message.body = "partnerStatus";
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.reportPartnerDown = $root.client.ReportPartnerDown.decode(reader, reader.size(), $undefined, _depth + 1, message.reportPartnerDown);
                        message.body = "reportPartnerDown";
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.getStatus = $root.client.GetStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.getStatus);
                        message.body = "getStatus";
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.setOsState = $root.client.SetOsState.decode(reader, reader.size(), $undefined, _depth + 1, message.setOsState);
                        message.body = "setOsState";
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        message.setFaults = $root.client.SetFaults.decode(reader, reader.size(), $undefined, _depth + 1, message.setFaults);
                        message.body = "setFaults";
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        message.serviceCall = $root.client.ServiceCall.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceCall);
                        message.body = "serviceCall";
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
         * @memberof client.Request
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.Request & client.Request.$Shape} Request
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

    client.Error = (function() {

        /**
         * Properties of an Error.
         * @typedef {Object} client.Error.$Properties
         * @property {string|null} [code] Error code
         * @property {string|null} [message] Error message
         * @property {number|null} [completionStatus] Error completionStatus
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Error.
         * @memberof client
         * @interface IError
         * @augments client.Error.$Properties
         * @deprecated Use client.Error.$Properties instead.
         */

        /**
         * Shape of an Error.
         * @typedef {client.Error.$Properties} client.Error.$Shape
         */

        /**
         * Constructs a new Error.
         * @memberof client
         * @classdesc Represents an Error.
         * @constructor
         * @param {client.Error.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Error = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Error code.
         * @member {string} code
         * @memberof client.Error
         * @instance
         */
        Error.prototype.code = "";

        /**
         * Error message.
         * @member {string} message
         * @memberof client.Error
         * @instance
         */
        Error.prototype.message = "";

        /**
         * Error completionStatus.
         * @member {number} completionStatus
         * @memberof client.Error
         * @instance
         */
        Error.prototype.completionStatus = 0;

        /**
         * Encodes the specified Error message. Does not implicitly {@link client.Error.verify|verify} messages.
         * @function encode
         * @memberof client.Error
         * @static
         * @param {client.Error.$Properties} message Error message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Error.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
            if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
            if (message.completionStatus != null && $Object.hasOwnProperty.call(message, "completionStatus") && message.completionStatus !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.completionStatus);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Error message, length delimited. Does not implicitly {@link client.Error.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.Error
         * @static
         * @param {client.Error.$Properties} message Error message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Error.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an Error message from the specified reader or buffer.
         * @function decode
         * @memberof client.Error
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.Error & client.Error.$Shape} Error
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Error.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.Error();
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
                        if ((value = reader.stringVerify()).length)
                            message.code = value;
                        else
                            delete message.code;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.message = value;
                        else
                            delete message.message;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.completionStatus = value;
                        else
                            delete message.completionStatus;
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
         * Decodes an Error message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.Error
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.Error & client.Error.$Shape} Error
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Error.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Error;
    })();

    client.Registered = (function() {

        /**
         * Properties of a Registered.
         * @typedef {Object} client.Registered.$Properties
         * @property {string|null} [node] Registered node
         * @property {number|null} [ports] Registered ports
         * @property {number|null} [memoryBytes] Registered memoryBytes
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Registered.
         * @memberof client
         * @interface IRegistered
         * @augments client.Registered.$Properties
         * @deprecated Use client.Registered.$Properties instead.
         */

        /**
         * Shape of a Registered.
         * @typedef {client.Registered.$Properties} client.Registered.$Shape
         */

        /**
         * Constructs a new Registered.
         * @memberof client
         * @classdesc Represents a Registered.
         * @constructor
         * @param {client.Registered.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Registered = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Registered node.
         * @member {string} node
         * @memberof client.Registered
         * @instance
         */
        Registered.prototype.node = "";

        /**
         * Registered ports.
         * @member {number} ports
         * @memberof client.Registered
         * @instance
         */
        Registered.prototype.ports = 0;

        /**
         * Registered memoryBytes.
         * @member {number} memoryBytes
         * @memberof client.Registered
         * @instance
         */
        Registered.prototype.memoryBytes = 0;

        /**
         * Encodes the specified Registered message. Does not implicitly {@link client.Registered.verify|verify} messages.
         * @function encode
         * @memberof client.Registered
         * @static
         * @param {client.Registered.$Properties} message Registered message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Registered.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
            if (message.ports != null && $Object.hasOwnProperty.call(message, "ports") && message.ports !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ports);
            if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes") && message.memoryBytes !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.memoryBytes);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Registered message, length delimited. Does not implicitly {@link client.Registered.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.Registered
         * @static
         * @param {client.Registered.$Properties} message Registered message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Registered.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Registered message from the specified reader or buffer.
         * @function decode
         * @memberof client.Registered
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.Registered & client.Registered.$Shape} Registered
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Registered.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.Registered();
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
                        if ((value = reader.stringVerify()).length)
                            message.node = value;
                        else
                            delete message.node;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.ports = value;
                        else
                            delete message.ports;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.memoryBytes = value;
                        else
                            delete message.memoryBytes;
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
         * Decodes a Registered message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.Registered
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.Registered & client.Registered.$Shape} Registered
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Registered.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Registered;
    })();

    client.Reply = (function() {

        /**
         * Properties of a Reply.
         * @typedef {Object} client.Reply.$Properties
         * @property {number|null} [id] Reply id
         * @property {client.Error.$Properties|null} [error] Reply error
         * @property {client.Registered.$Properties|null} [registered] Reply registered
         * @property {Uint8Array|null} [data] Reply data
         * @property {number|Long|null} [value] Reply value
         * @property {client.NodeStatus.$Properties|null} [status] Reply status
         * @property {boolean|null} [ok] Reply ok
         * @property {"error"|"registered"|"data"|"value"|"status"|"ok"} [result] Reply result
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Reply.
         * @memberof client
         * @interface IReply
         * @augments client.Reply.$Properties
         * @deprecated Use client.Reply.$Properties instead.
         */

        /**
         * Narrowed shape of a Reply.
         * @typedef {{
         *   id?: number|null;
         *   error?: client.Error.$Shape|null;
         *   registered?: client.Registered.$Shape|null;
         *   data?: Uint8Array|null;
         *   value?: number|Long|null;
         *   status?: client.NodeStatus.$Shape|null;
         *   ok?: boolean|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ result?: undefined; error?: null; registered?: null; data?: null; value?: null; status?: null; ok?: null }|{ result?: "error"; error: client.Error.$Shape; registered?: null; data?: null; value?: null; status?: null; ok?: null }|{ result?: "registered"; error?: null; registered: client.Registered.$Shape; data?: null; value?: null; status?: null; ok?: null }|{ result?: "data"; error?: null; registered?: null; data: Uint8Array; value?: null; status?: null; ok?: null }|{ result?: "value"; error?: null; registered?: null; data?: null; value: number|Long; status?: null; ok?: null }|{ result?: "status"; error?: null; registered?: null; data?: null; value?: null; status: client.NodeStatus.$Shape; ok?: null }|{ result?: "ok"; error?: null; registered?: null; data?: null; value?: null; status?: null; ok: boolean })
         * )} client.Reply.$Shape
         */

        /**
         * Constructs a new Reply.
         * @memberof client
         * @classdesc Represents a Reply.
         * @constructor
         * @param {client.Reply.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Reply = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Reply id.
         * @member {number} id
         * @memberof client.Reply
         * @instance
         */
        Reply.prototype.id = 0;

        /**
         * Reply error.
         * @member {client.Error.$Properties|null|undefined} error
         * @memberof client.Reply
         * @instance
         */
        Reply.prototype.error = null;

        /**
         * Reply registered.
         * @member {client.Registered.$Properties|null|undefined} registered
         * @memberof client.Reply
         * @instance
         */
        Reply.prototype.registered = null;

        /**
         * Reply data.
         * @member {Uint8Array|null|undefined} data
         * @memberof client.Reply
         * @instance
         */
        Reply.prototype.data = null;

        /**
         * Reply value.
         * @member {number|Long|null|undefined} value
         * @memberof client.Reply
         * @instance
         */
        Reply.prototype.value = null;

        /**
         * Reply status.
         * @member {client.NodeStatus.$Properties|null|undefined} status
         * @memberof client.Reply
         * @instance
         */
        Reply.prototype.status = null;

        /**
         * Reply ok.
         * @member {boolean|null|undefined} ok
         * @memberof client.Reply
         * @instance
         */
        Reply.prototype.ok = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * Reply result.
         * @member {"error"|"registered"|"data"|"value"|"status"|"ok"|undefined} result
         * @memberof client.Reply
         * @instance
         */
        $Object.defineProperty(Reply.prototype, "result", {
            get: $util.oneOfGetter($oneOfFields = ["error", "registered", "data", "value", "status", "ok"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified Reply message. Does not implicitly {@link client.Reply.verify|verify} messages.
         * @function encode
         * @memberof client.Reply
         * @static
         * @param {client.Reply.$Properties} message Reply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Reply.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                $root.client.Error.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.registered != null && $Object.hasOwnProperty.call(message, "registered"))
                $root.client.Registered.encode(message.registered, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                writer.uint32(/* id 5, wireType 1 =*/41).fixed64(message.value);
            if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                $root.client.NodeStatus.encode(message.status, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                writer.uint32(/* id 7, wireType 0 =*/56).bool(message.ok);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Reply message, length delimited. Does not implicitly {@link client.Reply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.Reply
         * @static
         * @param {client.Reply.$Properties} message Reply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Reply.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Reply message from the specified reader or buffer.
         * @function decode
         * @memberof client.Reply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.Reply & client.Reply.$Shape} Reply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Reply.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.Reply();
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
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.error = $root.client.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                        message.result = "error";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.registered = $root.client.Registered.decode(reader, reader.size(), $undefined, _depth + 1, message.registered);
                        message.result = "registered";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.data = reader.bytes();
                        message.result = "data";
                        continue;
                    }
                case 5: {
                        if (wireType !== 1)
                            break;
                        message.value = reader.fixed64();
                        message.result = "value";
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.status = $root.client.NodeStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                        message.result = "status";
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        message.ok = reader.bool();
                        message.result = "ok";
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
         * Decodes a Reply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.Reply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.Reply & client.Reply.$Shape} Reply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Reply.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Reply;
    })();

    client.PartnerReady = (function() {

        /**
         * Properties of a PartnerReady.
         * @typedef {Object} client.PartnerReady.$Properties
         * @property {string|null} [partner] PartnerReady partner
         * @property {number|null} [version] PartnerReady version
         * @property {number|Long|null} [sessionId] PartnerReady sessionId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PartnerReady.
         * @memberof client
         * @interface IPartnerReady
         * @augments client.PartnerReady.$Properties
         * @deprecated Use client.PartnerReady.$Properties instead.
         */

        /**
         * Shape of a PartnerReady.
         * @typedef {client.PartnerReady.$Properties} client.PartnerReady.$Shape
         */

        /**
         * Constructs a new PartnerReady.
         * @memberof client
         * @classdesc Represents a PartnerReady.
         * @constructor
         * @param {client.PartnerReady.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PartnerReady = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PartnerReady partner.
         * @member {string} partner
         * @memberof client.PartnerReady
         * @instance
         */
        PartnerReady.prototype.partner = "";

        /**
         * PartnerReady version.
         * @member {number} version
         * @memberof client.PartnerReady
         * @instance
         */
        PartnerReady.prototype.version = 0;

        /**
         * PartnerReady sessionId.
         * @member {number|Long} sessionId
         * @memberof client.PartnerReady
         * @instance
         */
        PartnerReady.prototype.sessionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified PartnerReady message. Does not implicitly {@link client.PartnerReady.verify|verify} messages.
         * @function encode
         * @memberof client.PartnerReady
         * @static
         * @param {client.PartnerReady.$Properties} message PartnerReady message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PartnerReady.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.partner != null && $Object.hasOwnProperty.call(message, "partner") && message.partner !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.partner);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.version);
            if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && (typeof message.sessionId === "object" ? message.sessionId.low || message.sessionId.high : message.sessionId !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.sessionId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified PartnerReady message, length delimited. Does not implicitly {@link client.PartnerReady.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.PartnerReady
         * @static
         * @param {client.PartnerReady.$Properties} message PartnerReady message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PartnerReady.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PartnerReady message from the specified reader or buffer.
         * @function decode
         * @memberof client.PartnerReady
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.PartnerReady & client.PartnerReady.$Shape} PartnerReady
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PartnerReady.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.PartnerReady();
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
                        if ((value = reader.stringVerify()).length)
                            message.partner = value;
                        else
                            delete message.partner;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.sessionId = value;
                        else
                            delete message.sessionId;
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
         * Decodes a PartnerReady message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.PartnerReady
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.PartnerReady & client.PartnerReady.$Shape} PartnerReady
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PartnerReady.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return PartnerReady;
    })();

    client.PartnerDown = (function() {

        /**
         * Properties of a PartnerDown.
         * @typedef {Object} client.PartnerDown.$Properties
         * @property {string|null} [partner] PartnerDown partner
         * @property {string|null} [reason] PartnerDown reason
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PartnerDown.
         * @memberof client
         * @interface IPartnerDown
         * @augments client.PartnerDown.$Properties
         * @deprecated Use client.PartnerDown.$Properties instead.
         */

        /**
         * Shape of a PartnerDown.
         * @typedef {client.PartnerDown.$Properties} client.PartnerDown.$Shape
         */

        /**
         * Constructs a new PartnerDown.
         * @memberof client
         * @classdesc Represents a PartnerDown.
         * @constructor
         * @param {client.PartnerDown.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PartnerDown = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PartnerDown partner.
         * @member {string} partner
         * @memberof client.PartnerDown
         * @instance
         */
        PartnerDown.prototype.partner = "";

        /**
         * PartnerDown reason.
         * @member {string} reason
         * @memberof client.PartnerDown
         * @instance
         */
        PartnerDown.prototype.reason = "";

        /**
         * Encodes the specified PartnerDown message. Does not implicitly {@link client.PartnerDown.verify|verify} messages.
         * @function encode
         * @memberof client.PartnerDown
         * @static
         * @param {client.PartnerDown.$Properties} message PartnerDown message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PartnerDown.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.partner != null && $Object.hasOwnProperty.call(message, "partner") && message.partner !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.partner);
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified PartnerDown message, length delimited. Does not implicitly {@link client.PartnerDown.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.PartnerDown
         * @static
         * @param {client.PartnerDown.$Properties} message PartnerDown message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PartnerDown.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PartnerDown message from the specified reader or buffer.
         * @function decode
         * @memberof client.PartnerDown
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.PartnerDown & client.PartnerDown.$Shape} PartnerDown
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PartnerDown.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.PartnerDown();
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
                        if ((value = reader.stringVerify()).length)
                            message.partner = value;
                        else
                            delete message.partner;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.reason = value;
                        else
                            delete message.reason;
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
         * Decodes a PartnerDown message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.PartnerDown
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.PartnerDown & client.PartnerDown.$Shape} PartnerDown
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PartnerDown.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return PartnerDown;
    })();

    client.ChannelUp = (function() {

        /**
         * Properties of a ChannelUp.
         * @typedef {Object} client.ChannelUp.$Properties
         * @property {string|null} [partner] ChannelUp partner
         * @property {number|null} [ports] ChannelUp ports
         * @property {number|null} [remoteMemoryBytes] ChannelUp remoteMemoryBytes
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ChannelUp.
         * @memberof client
         * @interface IChannelUp
         * @augments client.ChannelUp.$Properties
         * @deprecated Use client.ChannelUp.$Properties instead.
         */

        /**
         * Shape of a ChannelUp.
         * @typedef {client.ChannelUp.$Properties} client.ChannelUp.$Shape
         */

        /**
         * Constructs a new ChannelUp.
         * @memberof client
         * @classdesc Represents a ChannelUp.
         * @constructor
         * @param {client.ChannelUp.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ChannelUp = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ChannelUp partner.
         * @member {string} partner
         * @memberof client.ChannelUp
         * @instance
         */
        ChannelUp.prototype.partner = "";

        /**
         * ChannelUp ports.
         * @member {number} ports
         * @memberof client.ChannelUp
         * @instance
         */
        ChannelUp.prototype.ports = 0;

        /**
         * ChannelUp remoteMemoryBytes.
         * @member {number} remoteMemoryBytes
         * @memberof client.ChannelUp
         * @instance
         */
        ChannelUp.prototype.remoteMemoryBytes = 0;

        /**
         * Encodes the specified ChannelUp message. Does not implicitly {@link client.ChannelUp.verify|verify} messages.
         * @function encode
         * @memberof client.ChannelUp
         * @static
         * @param {client.ChannelUp.$Properties} message ChannelUp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ChannelUp.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.partner != null && $Object.hasOwnProperty.call(message, "partner") && message.partner !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.partner);
            if (message.ports != null && $Object.hasOwnProperty.call(message, "ports") && message.ports !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ports);
            if (message.remoteMemoryBytes != null && $Object.hasOwnProperty.call(message, "remoteMemoryBytes") && message.remoteMemoryBytes !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.remoteMemoryBytes);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ChannelUp message, length delimited. Does not implicitly {@link client.ChannelUp.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.ChannelUp
         * @static
         * @param {client.ChannelUp.$Properties} message ChannelUp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ChannelUp.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ChannelUp message from the specified reader or buffer.
         * @function decode
         * @memberof client.ChannelUp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.ChannelUp & client.ChannelUp.$Shape} ChannelUp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ChannelUp.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.ChannelUp();
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
                        if ((value = reader.stringVerify()).length)
                            message.partner = value;
                        else
                            delete message.partner;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.ports = value;
                        else
                            delete message.ports;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.remoteMemoryBytes = value;
                        else
                            delete message.remoteMemoryBytes;
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
         * Decodes a ChannelUp message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.ChannelUp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.ChannelUp & client.ChannelUp.$Shape} ChannelUp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ChannelUp.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return ChannelUp;
    })();

    client.ChannelDown = (function() {

        /**
         * Properties of a ChannelDown.
         * @typedef {Object} client.ChannelDown.$Properties
         * @property {string|null} [partner] ChannelDown partner
         * @property {string|null} [reason] ChannelDown reason
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ChannelDown.
         * @memberof client
         * @interface IChannelDown
         * @augments client.ChannelDown.$Properties
         * @deprecated Use client.ChannelDown.$Properties instead.
         */

        /**
         * Shape of a ChannelDown.
         * @typedef {client.ChannelDown.$Properties} client.ChannelDown.$Shape
         */

        /**
         * Constructs a new ChannelDown.
         * @memberof client
         * @classdesc Represents a ChannelDown.
         * @constructor
         * @param {client.ChannelDown.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ChannelDown = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ChannelDown partner.
         * @member {string} partner
         * @memberof client.ChannelDown
         * @instance
         */
        ChannelDown.prototype.partner = "";

        /**
         * ChannelDown reason.
         * @member {string} reason
         * @memberof client.ChannelDown
         * @instance
         */
        ChannelDown.prototype.reason = "";

        /**
         * Encodes the specified ChannelDown message. Does not implicitly {@link client.ChannelDown.verify|verify} messages.
         * @function encode
         * @memberof client.ChannelDown
         * @static
         * @param {client.ChannelDown.$Properties} message ChannelDown message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ChannelDown.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.partner != null && $Object.hasOwnProperty.call(message, "partner") && message.partner !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.partner);
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ChannelDown message, length delimited. Does not implicitly {@link client.ChannelDown.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.ChannelDown
         * @static
         * @param {client.ChannelDown.$Properties} message ChannelDown message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ChannelDown.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ChannelDown message from the specified reader or buffer.
         * @function decode
         * @memberof client.ChannelDown
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.ChannelDown & client.ChannelDown.$Shape} ChannelDown
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ChannelDown.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.ChannelDown();
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
                        if ((value = reader.stringVerify()).length)
                            message.partner = value;
                        else
                            delete message.partner;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.reason = value;
                        else
                            delete message.reason;
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
         * Decodes a ChannelDown message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.ChannelDown
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.ChannelDown & client.ChannelDown.$Shape} ChannelDown
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ChannelDown.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return ChannelDown;
    })();

    client.Message = (function() {

        /**
         * Properties of a Message.
         * @typedef {Object} client.Message.$Properties
         * @property {string|null} [partner] Message partner
         * @property {number|null} [port] Message port
         * @property {Uint8Array|null} [data] Message data
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Message.
         * @memberof client
         * @interface IMessage
         * @augments client.Message.$Properties
         * @deprecated Use client.Message.$Properties instead.
         */

        /**
         * Shape of a Message.
         * @typedef {client.Message.$Properties} client.Message.$Shape
         */

        /**
         * Constructs a new Message.
         * @memberof client
         * @classdesc Represents a Message.
         * @constructor
         * @param {client.Message.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Message = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Message partner.
         * @member {string} partner
         * @memberof client.Message
         * @instance
         */
        Message.prototype.partner = "";

        /**
         * Message port.
         * @member {number} port
         * @memberof client.Message
         * @instance
         */
        Message.prototype.port = 0;

        /**
         * Message data.
         * @member {Uint8Array} data
         * @memberof client.Message
         * @instance
         */
        Message.prototype.data = $util.newBuffer([]);

        /**
         * Encodes the specified Message message. Does not implicitly {@link client.Message.verify|verify} messages.
         * @function encode
         * @memberof client.Message
         * @static
         * @param {client.Message.$Properties} message Message message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Message.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.partner != null && $Object.hasOwnProperty.call(message, "partner") && message.partner !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.partner);
            if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.port);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.data);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Message message, length delimited. Does not implicitly {@link client.Message.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.Message
         * @static
         * @param {client.Message.$Properties} message Message message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Message.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Message message from the specified reader or buffer.
         * @function decode
         * @memberof client.Message
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.Message & client.Message.$Shape} Message
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Message.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.Message();
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
                        if ((value = reader.stringVerify()).length)
                            message.partner = value;
                        else
                            delete message.partner;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.port = value;
                        else
                            delete message.port;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.data = value;
                        else
                            delete message.data;
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
         * Decodes a Message message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.Message
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.Message & client.Message.$Shape} Message
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Message.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Message;
    })();

    client.ServiceEvent = (function() {

        /**
         * Properties of a ServiceEvent.
         * @typedef {Object} client.ServiceEvent.$Properties
         * @property {string|null} [service] ServiceEvent service
         * @property {Uint8Array|null} [payload] ServiceEvent payload
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ServiceEvent.
         * @memberof client
         * @interface IServiceEvent
         * @augments client.ServiceEvent.$Properties
         * @deprecated Use client.ServiceEvent.$Properties instead.
         */

        /**
         * Shape of a ServiceEvent.
         * @typedef {client.ServiceEvent.$Properties} client.ServiceEvent.$Shape
         */

        /**
         * Constructs a new ServiceEvent.
         * @memberof client
         * @classdesc Represents a ServiceEvent.
         * @constructor
         * @param {client.ServiceEvent.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ServiceEvent = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ServiceEvent service.
         * @member {string} service
         * @memberof client.ServiceEvent
         * @instance
         */
        ServiceEvent.prototype.service = "";

        /**
         * ServiceEvent payload.
         * @member {Uint8Array} payload
         * @memberof client.ServiceEvent
         * @instance
         */
        ServiceEvent.prototype.payload = $util.newBuffer([]);

        /**
         * Encodes the specified ServiceEvent message. Does not implicitly {@link client.ServiceEvent.verify|verify} messages.
         * @function encode
         * @memberof client.ServiceEvent
         * @static
         * @param {client.ServiceEvent.$Properties} message ServiceEvent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ServiceEvent.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.service != null && $Object.hasOwnProperty.call(message, "service") && message.service !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.service);
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ServiceEvent message, length delimited. Does not implicitly {@link client.ServiceEvent.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.ServiceEvent
         * @static
         * @param {client.ServiceEvent.$Properties} message ServiceEvent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ServiceEvent.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ServiceEvent message from the specified reader or buffer.
         * @function decode
         * @memberof client.ServiceEvent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.ServiceEvent & client.ServiceEvent.$Shape} ServiceEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ServiceEvent.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.ServiceEvent();
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
                        if ((value = reader.stringVerify()).length)
                            message.service = value;
                        else
                            delete message.service;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.payload = value;
                        else
                            delete message.payload;
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
         * Decodes a ServiceEvent message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.ServiceEvent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.ServiceEvent & client.ServiceEvent.$Shape} ServiceEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ServiceEvent.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return ServiceEvent;
    })();

    client.Event = (function() {

        /**
         * Properties of an Event.
         * @typedef {Object} client.Event.$Properties
         * @property {client.PartnerReady.$Properties|null} [partnerReady] Event partnerReady
         * @property {client.PartnerDown.$Properties|null} [partnerDown] Event partnerDown
         * @property {client.ChannelUp.$Properties|null} [channelUp] Event channelUp
         * @property {client.ChannelDown.$Properties|null} [channelDown] Event channelDown
         * @property {client.Message.$Properties|null} [message] Event message
         * @property {client.ServiceEvent.$Properties|null} [serviceEvent] Event serviceEvent
         * @property {"partnerReady"|"partnerDown"|"channelUp"|"channelDown"|"message"|"serviceEvent"} [body] Event body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Event.
         * @memberof client
         * @interface IEvent
         * @augments client.Event.$Properties
         * @deprecated Use client.Event.$Properties instead.
         */

        /**
         * Narrowed shape of an Event.
         * @typedef {{
         *   partnerReady?: client.PartnerReady.$Shape|null;
         *   partnerDown?: client.PartnerDown.$Shape|null;
         *   channelUp?: client.ChannelUp.$Shape|null;
         *   channelDown?: client.ChannelDown.$Shape|null;
         *   message?: client.Message.$Shape|null;
         *   serviceEvent?: client.ServiceEvent.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ body?: undefined; partnerReady?: null; partnerDown?: null; channelUp?: null; channelDown?: null; message?: null; serviceEvent?: null }|{ body?: "partnerReady"; partnerReady: client.PartnerReady.$Shape; partnerDown?: null; channelUp?: null; channelDown?: null; message?: null; serviceEvent?: null }|{ body?: "partnerDown"; partnerReady?: null; partnerDown: client.PartnerDown.$Shape; channelUp?: null; channelDown?: null; message?: null; serviceEvent?: null }|{ body?: "channelUp"; partnerReady?: null; partnerDown?: null; channelUp: client.ChannelUp.$Shape; channelDown?: null; message?: null; serviceEvent?: null }|{ body?: "channelDown"; partnerReady?: null; partnerDown?: null; channelUp?: null; channelDown: client.ChannelDown.$Shape; message?: null; serviceEvent?: null }|{ body?: "message"; partnerReady?: null; partnerDown?: null; channelUp?: null; channelDown?: null; message: client.Message.$Shape; serviceEvent?: null }|{ body?: "serviceEvent"; partnerReady?: null; partnerDown?: null; channelUp?: null; channelDown?: null; message?: null; serviceEvent: client.ServiceEvent.$Shape })
         * )} client.Event.$Shape
         */

        /**
         * Constructs a new Event.
         * @memberof client
         * @classdesc Represents an Event.
         * @constructor
         * @param {client.Event.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Event = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Event partnerReady.
         * @member {client.PartnerReady.$Properties|null|undefined} partnerReady
         * @memberof client.Event
         * @instance
         */
        Event.prototype.partnerReady = null;

        /**
         * Event partnerDown.
         * @member {client.PartnerDown.$Properties|null|undefined} partnerDown
         * @memberof client.Event
         * @instance
         */
        Event.prototype.partnerDown = null;

        /**
         * Event channelUp.
         * @member {client.ChannelUp.$Properties|null|undefined} channelUp
         * @memberof client.Event
         * @instance
         */
        Event.prototype.channelUp = null;

        /**
         * Event channelDown.
         * @member {client.ChannelDown.$Properties|null|undefined} channelDown
         * @memberof client.Event
         * @instance
         */
        Event.prototype.channelDown = null;

        /**
         * Event message.
         * @member {client.Message.$Properties|null|undefined} message
         * @memberof client.Event
         * @instance
         */
        Event.prototype.message = null;

        /**
         * Event serviceEvent.
         * @member {client.ServiceEvent.$Properties|null|undefined} serviceEvent
         * @memberof client.Event
         * @instance
         */
        Event.prototype.serviceEvent = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * Event body.
         * @member {"partnerReady"|"partnerDown"|"channelUp"|"channelDown"|"message"|"serviceEvent"|undefined} body
         * @memberof client.Event
         * @instance
         */
        $Object.defineProperty(Event.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["partnerReady", "partnerDown", "channelUp", "channelDown", "message", "serviceEvent"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified Event message. Does not implicitly {@link client.Event.verify|verify} messages.
         * @function encode
         * @memberof client.Event
         * @static
         * @param {client.Event.$Properties} message Event message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Event.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.partnerReady != null && $Object.hasOwnProperty.call(message, "partnerReady"))
                $root.client.PartnerReady.encode(message.partnerReady, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.partnerDown != null && $Object.hasOwnProperty.call(message, "partnerDown"))
                $root.client.PartnerDown.encode(message.partnerDown, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.channelUp != null && $Object.hasOwnProperty.call(message, "channelUp"))
                $root.client.ChannelUp.encode(message.channelUp, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.channelDown != null && $Object.hasOwnProperty.call(message, "channelDown"))
                $root.client.ChannelDown.encode(message.channelDown, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                $root.client.Message.encode(message.message, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.serviceEvent != null && $Object.hasOwnProperty.call(message, "serviceEvent"))
                $root.client.ServiceEvent.encode(message.serviceEvent, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Event message, length delimited. Does not implicitly {@link client.Event.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.Event
         * @static
         * @param {client.Event.$Properties} message Event message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Event.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an Event message from the specified reader or buffer.
         * @function decode
         * @memberof client.Event
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.Event & client.Event.$Shape} Event
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Event.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.Event();
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
                        message.partnerReady = $root.client.PartnerReady.decode(reader, reader.size(), $undefined, _depth + 1, message.partnerReady);
                        message.body = "partnerReady";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.partnerDown = $root.client.PartnerDown.decode(reader, reader.size(), $undefined, _depth + 1, message.partnerDown);
                        message.body = "partnerDown";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.channelUp = $root.client.ChannelUp.decode(reader, reader.size(), $undefined, _depth + 1, message.channelUp);
                        message.body = "channelUp";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.channelDown = $root.client.ChannelDown.decode(reader, reader.size(), $undefined, _depth + 1, message.channelDown);
                        message.body = "channelDown";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.message = $root.client.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                        message.body = "message";
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.serviceEvent = $root.client.ServiceEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceEvent);
                        message.body = "serviceEvent";
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
         * Decodes an Event message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.Event
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.Event & client.Event.$Shape} Event
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Event.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Event;
    })();

    client.ServerMessage = (function() {

        /**
         * Properties of a ServerMessage.
         * @typedef {Object} client.ServerMessage.$Properties
         * @property {client.Reply.$Properties|null} [reply] ServerMessage reply
         * @property {client.Event.$Properties|null} [event] ServerMessage event
         * @property {"reply"|"event"} [body] ServerMessage body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ServerMessage.
         * @memberof client
         * @interface IServerMessage
         * @augments client.ServerMessage.$Properties
         * @deprecated Use client.ServerMessage.$Properties instead.
         */

        /**
         * Narrowed shape of a ServerMessage.
         * @typedef {{
         *   reply?: client.Reply.$Shape|null;
         *   event?: client.Event.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ body?: undefined; reply?: null; event?: null }|{ body?: "reply"; reply: client.Reply.$Shape; event?: null }|{ body?: "event"; reply?: null; event: client.Event.$Shape })
         * )} client.ServerMessage.$Shape
         */

        /**
         * Constructs a new ServerMessage.
         * @memberof client
         * @classdesc Represents a ServerMessage.
         * @constructor
         * @param {client.ServerMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ServerMessage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ServerMessage reply.
         * @member {client.Reply.$Properties|null|undefined} reply
         * @memberof client.ServerMessage
         * @instance
         */
        ServerMessage.prototype.reply = null;

        /**
         * ServerMessage event.
         * @member {client.Event.$Properties|null|undefined} event
         * @memberof client.ServerMessage
         * @instance
         */
        ServerMessage.prototype.event = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * ServerMessage body.
         * @member {"reply"|"event"|undefined} body
         * @memberof client.ServerMessage
         * @instance
         */
        $Object.defineProperty(ServerMessage.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["reply", "event"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified ServerMessage message. Does not implicitly {@link client.ServerMessage.verify|verify} messages.
         * @function encode
         * @memberof client.ServerMessage
         * @static
         * @param {client.ServerMessage.$Properties} message ServerMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ServerMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.reply != null && $Object.hasOwnProperty.call(message, "reply"))
                $root.client.Reply.encode(message.reply, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                $root.client.Event.encode(message.event, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ServerMessage message, length delimited. Does not implicitly {@link client.ServerMessage.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.ServerMessage
         * @static
         * @param {client.ServerMessage.$Properties} message ServerMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ServerMessage.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ServerMessage message from the specified reader or buffer.
         * @function decode
         * @memberof client.ServerMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.ServerMessage & client.ServerMessage.$Shape} ServerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ServerMessage.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.ServerMessage();
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
                        message.reply = $root.client.Reply.decode(reader, reader.size(), $undefined, _depth + 1, message.reply);
                        message.body = "reply";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.event = $root.client.Event.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                        message.body = "event";
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
         * Decodes a ServerMessage message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.ServerMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.ServerMessage & client.ServerMessage.$Shape} ServerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ServerMessage.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return ServerMessage;
    })();

    client.NodeStatus = (function() {

        /**
         * Properties of a NodeStatus.
         * @typedef {Object} client.NodeStatus.$Properties
         * @property {string|null} [node] NodeStatus node
         * @property {number|null} [index] NodeStatus index
         * @property {number|null} [bootIncarnation] NodeStatus bootIncarnation
         * @property {string|null} [phase] NodeStatus phase
         * @property {client.OsState|null} [osState] NodeStatus osState
         * @property {Array.<client.PartnerView.$Properties>|null} [partners] NodeStatus partners
         * @property {Array.<client.ClientView.$Properties>|null} [clients] NodeStatus clients
         * @property {number|null} [connections] NodeStatus connections
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NodeStatus.
         * @memberof client
         * @interface INodeStatus
         * @augments client.NodeStatus.$Properties
         * @deprecated Use client.NodeStatus.$Properties instead.
         */

        /**
         * Shape of a NodeStatus.
         * @typedef {client.NodeStatus.$Properties} client.NodeStatus.$Shape
         */

        /**
         * Constructs a new NodeStatus.
         * @memberof client
         * @classdesc Represents a NodeStatus.
         * @constructor
         * @param {client.NodeStatus.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NodeStatus = function (properties) {
            this.partners = [];
            this.clients = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * NodeStatus node.
         * @member {string} node
         * @memberof client.NodeStatus
         * @instance
         */
        NodeStatus.prototype.node = "";

        /**
         * NodeStatus index.
         * @member {number} index
         * @memberof client.NodeStatus
         * @instance
         */
        NodeStatus.prototype.index = 0;

        /**
         * NodeStatus bootIncarnation.
         * @member {number} bootIncarnation
         * @memberof client.NodeStatus
         * @instance
         */
        NodeStatus.prototype.bootIncarnation = 0;

        /**
         * NodeStatus phase.
         * @member {string} phase
         * @memberof client.NodeStatus
         * @instance
         */
        NodeStatus.prototype.phase = "";

        /**
         * NodeStatus osState.
         * @member {client.OsState} osState
         * @memberof client.NodeStatus
         * @instance
         */
        NodeStatus.prototype.osState = 0;

        /**
         * NodeStatus partners.
         * @member {Array.<client.PartnerView.$Properties>} partners
         * @memberof client.NodeStatus
         * @instance
         */
        NodeStatus.prototype.partners = $util.emptyArray;

        /**
         * NodeStatus clients.
         * @member {Array.<client.ClientView.$Properties>} clients
         * @memberof client.NodeStatus
         * @instance
         */
        NodeStatus.prototype.clients = $util.emptyArray;

        /**
         * NodeStatus connections.
         * @member {number} connections
         * @memberof client.NodeStatus
         * @instance
         */
        NodeStatus.prototype.connections = 0;

        /**
         * Encodes the specified NodeStatus message. Does not implicitly {@link client.NodeStatus.verify|verify} messages.
         * @function encode
         * @memberof client.NodeStatus
         * @static
         * @param {client.NodeStatus.$Properties} message NodeStatus message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeStatus.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
            if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.index);
            if (message.bootIncarnation != null && $Object.hasOwnProperty.call(message, "bootIncarnation") && message.bootIncarnation !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.bootIncarnation);
            if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.phase);
            if (message.osState != null && $Object.hasOwnProperty.call(message, "osState") && message.osState !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).int32(message.osState);
            if (message.partners != null && message.partners.length)
                for (let i = 0; i < message.partners.length; ++i)
                    $root.client.PartnerView.encode(message.partners[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.clients != null && message.clients.length)
                for (let i = 0; i < message.clients.length; ++i)
                    $root.client.ClientView.encode(message.clients[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.connections != null && $Object.hasOwnProperty.call(message, "connections") && message.connections !== 0)
                writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.connections);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified NodeStatus message, length delimited. Does not implicitly {@link client.NodeStatus.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.NodeStatus
         * @static
         * @param {client.NodeStatus.$Properties} message NodeStatus message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeStatus.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a NodeStatus message from the specified reader or buffer.
         * @function decode
         * @memberof client.NodeStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.NodeStatus & client.NodeStatus.$Shape} NodeStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeStatus.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.NodeStatus();
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
                        if ((value = reader.stringVerify()).length)
                            message.node = value;
                        else
                            delete message.node;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.index = value;
                        else
                            delete message.index;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.bootIncarnation = value;
                        else
                            delete message.bootIncarnation;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.phase = value;
                        else
                            delete message.phase;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.osState = value;
                        else
                            delete message.osState;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (!(message.partners && message.partners.length))
                            message.partners = [];
                        message.partners.push($root.client.PartnerView.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message.clients && message.clients.length))
                            message.clients = [];
                        message.clients.push($root.client.ClientView.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.connections = value;
                        else
                            delete message.connections;
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
         * Decodes a NodeStatus message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.NodeStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.NodeStatus & client.NodeStatus.$Shape} NodeStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeStatus.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return NodeStatus;
    })();

    client.PartnerView = (function() {

        /**
         * Properties of a PartnerView.
         * @typedef {Object} client.PartnerView.$Properties
         * @property {string|null} [node] PartnerView node
         * @property {string|null} [state] PartnerView state
         * @property {string|null} [step] PartnerView step
         * @property {number|Long|null} [sessionId] PartnerView sessionId
         * @property {number|null} [version] PartnerView version
         * @property {number|null} [partnerBoot] PartnerView partnerBoot
         * @property {string|null} [detail] PartnerView detail
         * @property {Array.<client.ClientView.$Properties>|null} [clients] PartnerView clients
         * @property {number|null} [fabric] PartnerView fabric
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PartnerView.
         * @memberof client
         * @interface IPartnerView
         * @augments client.PartnerView.$Properties
         * @deprecated Use client.PartnerView.$Properties instead.
         */

        /**
         * Shape of a PartnerView.
         * @typedef {client.PartnerView.$Properties} client.PartnerView.$Shape
         */

        /**
         * Constructs a new PartnerView.
         * @memberof client
         * @classdesc Represents a PartnerView.
         * @constructor
         * @param {client.PartnerView.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PartnerView = function (properties) {
            this.clients = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PartnerView node.
         * @member {string} node
         * @memberof client.PartnerView
         * @instance
         */
        PartnerView.prototype.node = "";

        /**
         * PartnerView state.
         * @member {string} state
         * @memberof client.PartnerView
         * @instance
         */
        PartnerView.prototype.state = "";

        /**
         * PartnerView step.
         * @member {string} step
         * @memberof client.PartnerView
         * @instance
         */
        PartnerView.prototype.step = "";

        /**
         * PartnerView sessionId.
         * @member {number|Long} sessionId
         * @memberof client.PartnerView
         * @instance
         */
        PartnerView.prototype.sessionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PartnerView version.
         * @member {number} version
         * @memberof client.PartnerView
         * @instance
         */
        PartnerView.prototype.version = 0;

        /**
         * PartnerView partnerBoot.
         * @member {number} partnerBoot
         * @memberof client.PartnerView
         * @instance
         */
        PartnerView.prototype.partnerBoot = 0;

        /**
         * PartnerView detail.
         * @member {string} detail
         * @memberof client.PartnerView
         * @instance
         */
        PartnerView.prototype.detail = "";

        /**
         * PartnerView clients.
         * @member {Array.<client.ClientView.$Properties>} clients
         * @memberof client.PartnerView
         * @instance
         */
        PartnerView.prototype.clients = $util.emptyArray;

        /**
         * PartnerView fabric.
         * @member {number} fabric
         * @memberof client.PartnerView
         * @instance
         */
        PartnerView.prototype.fabric = 0;

        /**
         * Encodes the specified PartnerView message. Does not implicitly {@link client.PartnerView.verify|verify} messages.
         * @function encode
         * @memberof client.PartnerView
         * @static
         * @param {client.PartnerView.$Properties} message PartnerView message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PartnerView.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
            if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.state);
            if (message.step != null && $Object.hasOwnProperty.call(message, "step") && message.step !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.step);
            if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && (typeof message.sessionId === "object" ? message.sessionId.low || message.sessionId.high : message.sessionId !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.sessionId);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.version);
            if (message.partnerBoot != null && $Object.hasOwnProperty.call(message, "partnerBoot") && message.partnerBoot !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.partnerBoot);
            if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.detail);
            if (message.clients != null && message.clients.length)
                for (let i = 0; i < message.clients.length; ++i)
                    $root.client.ClientView.encode(message.clients[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.fabric != null && $Object.hasOwnProperty.call(message, "fabric") && message.fabric !== 0)
                writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.fabric);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified PartnerView message, length delimited. Does not implicitly {@link client.PartnerView.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.PartnerView
         * @static
         * @param {client.PartnerView.$Properties} message PartnerView message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PartnerView.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PartnerView message from the specified reader or buffer.
         * @function decode
         * @memberof client.PartnerView
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.PartnerView & client.PartnerView.$Shape} PartnerView
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PartnerView.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.PartnerView();
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
                        if ((value = reader.stringVerify()).length)
                            message.node = value;
                        else
                            delete message.node;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.state = value;
                        else
                            delete message.state;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.step = value;
                        else
                            delete message.step;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.sessionId = value;
                        else
                            delete message.sessionId;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.partnerBoot = value;
                        else
                            delete message.partnerBoot;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.detail = value;
                        else
                            delete message.detail;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if (!(message.clients && message.clients.length))
                            message.clients = [];
                        message.clients.push($root.client.ClientView.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.fabric = value;
                        else
                            delete message.fabric;
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
         * Decodes a PartnerView message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.PartnerView
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.PartnerView & client.PartnerView.$Shape} PartnerView
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PartnerView.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return PartnerView;
    })();

    client.ClientView = (function() {

        /**
         * Properties of a ClientView.
         * @typedef {Object} client.ClientView.$Properties
         * @property {string|null} [name] ClientView name
         * @property {number|null} [ports] ClientView ports
         * @property {number|null} [memoryBytes] ClientView memoryBytes
         * @property {Array.<number>|null} [vis] ClientView vis
         * @property {Array.<string>|null} [channelsUp] ClientView channelsUp
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ClientView.
         * @memberof client
         * @interface IClientView
         * @augments client.ClientView.$Properties
         * @deprecated Use client.ClientView.$Properties instead.
         */

        /**
         * Shape of a ClientView.
         * @typedef {client.ClientView.$Properties} client.ClientView.$Shape
         */

        /**
         * Constructs a new ClientView.
         * @memberof client
         * @classdesc Represents a ClientView.
         * @constructor
         * @param {client.ClientView.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ClientView = function (properties) {
            this.vis = [];
            this.channelsUp = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ClientView name.
         * @member {string} name
         * @memberof client.ClientView
         * @instance
         */
        ClientView.prototype.name = "";

        /**
         * ClientView ports.
         * @member {number} ports
         * @memberof client.ClientView
         * @instance
         */
        ClientView.prototype.ports = 0;

        /**
         * ClientView memoryBytes.
         * @member {number} memoryBytes
         * @memberof client.ClientView
         * @instance
         */
        ClientView.prototype.memoryBytes = 0;

        /**
         * ClientView vis.
         * @member {Array.<number>} vis
         * @memberof client.ClientView
         * @instance
         */
        ClientView.prototype.vis = $util.emptyArray;

        /**
         * ClientView channelsUp.
         * @member {Array.<string>} channelsUp
         * @memberof client.ClientView
         * @instance
         */
        ClientView.prototype.channelsUp = $util.emptyArray;

        /**
         * Encodes the specified ClientView message. Does not implicitly {@link client.ClientView.verify|verify} messages.
         * @function encode
         * @memberof client.ClientView
         * @static
         * @param {client.ClientView.$Properties} message ClientView message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClientView.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.ports != null && $Object.hasOwnProperty.call(message, "ports") && message.ports !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.ports);
            if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes") && message.memoryBytes !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.memoryBytes);
            if (message.vis != null && message.vis.length)
                writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.vis);
            if (message.channelsUp != null && message.channelsUp.length)
                for (let i = 0; i < message.channelsUp.length; ++i)
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.channelsUp[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ClientView message, length delimited. Does not implicitly {@link client.ClientView.verify|verify} messages.
         * @function encodeDelimited
         * @memberof client.ClientView
         * @static
         * @param {client.ClientView.$Properties} message ClientView message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClientView.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ClientView message from the specified reader or buffer.
         * @function decode
         * @memberof client.ClientView
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {client.ClientView & client.ClientView.$Shape} ClientView
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClientView.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.client.ClientView();
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
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.ports = value;
                        else
                            delete message.ports;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.memoryBytes = value;
                        else
                            delete message.memoryBytes;
                        continue;
                    }
                case 4: {
                        if (wireType === 2) {
                            if (!(message.vis && message.vis.length))
                                message.vis = [];
                            reader.uint32s(message.vis);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.vis && message.vis.length))
                            message.vis = [];
                        message.vis.push(reader.uint32());
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.channelsUp && message.channelsUp.length))
                            message.channelsUp = [];
                        message.channelsUp.push(reader.stringVerify());
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
         * Decodes a ClientView message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof client.ClientView
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {client.ClientView & client.ClientView.$Shape} ClientView
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClientView.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return ClientView;
    })();

    return client;
})();

export {
  $root as default
};
