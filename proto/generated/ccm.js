/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const ccm = $root.ccm = (() => {

    /**
     * Namespace ccm.
     * @exports ccm
     * @namespace
     */
    const ccm = {};

    ccm.PortState = (function() {

        /**
         * Properties of a PortState.
         * @typedef {Object} ccm.PortState.$Properties
         * @property {string|null} [client] PortState client
         * @property {boolean|null} [present] PortState present
         * @property {Array.<number>|null} [vis] PortState vis
         * @property {number|null} [memoryAddress] PortState memoryAddress
         * @property {number|null} [memoryLength] PortState memoryLength
         * @property {number|null} [rkey] PortState rkey
         * @property {Array.<number>|null} [peerVis] PortState peerVis
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PortState.
         * @memberof ccm
         * @interface IPortState
         * @augments ccm.PortState.$Properties
         * @deprecated Use ccm.PortState.$Properties instead.
         */

        /**
         * Shape of a PortState.
         * @typedef {ccm.PortState.$Properties} ccm.PortState.$Shape
         */

        /**
         * Constructs a new PortState.
         * @memberof ccm
         * @classdesc Represents a PortState.
         * @constructor
         * @param {ccm.PortState.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PortState = function (properties) {
            this.vis = [];
            this.peerVis = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PortState client.
         * @member {string} client
         * @memberof ccm.PortState
         * @instance
         */
        PortState.prototype.client = "";

        /**
         * PortState present.
         * @member {boolean} present
         * @memberof ccm.PortState
         * @instance
         */
        PortState.prototype.present = false;

        /**
         * PortState vis.
         * @member {Array.<number>} vis
         * @memberof ccm.PortState
         * @instance
         */
        PortState.prototype.vis = $util.emptyArray;

        /**
         * PortState memoryAddress.
         * @member {number} memoryAddress
         * @memberof ccm.PortState
         * @instance
         */
        PortState.prototype.memoryAddress = 0;

        /**
         * PortState memoryLength.
         * @member {number} memoryLength
         * @memberof ccm.PortState
         * @instance
         */
        PortState.prototype.memoryLength = 0;

        /**
         * PortState rkey.
         * @member {number} rkey
         * @memberof ccm.PortState
         * @instance
         */
        PortState.prototype.rkey = 0;

        /**
         * PortState peerVis.
         * @member {Array.<number>} peerVis
         * @memberof ccm.PortState
         * @instance
         */
        PortState.prototype.peerVis = $util.emptyArray;

        /**
         * Encodes the specified PortState message. Does not implicitly {@link ccm.PortState.verify|verify} messages.
         * @function encode
         * @memberof ccm.PortState
         * @static
         * @param {ccm.PortState.$Properties} message PortState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PortState.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.client != null && $Object.hasOwnProperty.call(message, "client") && message.client !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.client);
            if (message.present != null && $Object.hasOwnProperty.call(message, "present") && message.present !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.present);
            if (message.vis != null && message.vis.length)
                writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.vis);
            if (message.memoryAddress != null && $Object.hasOwnProperty.call(message, "memoryAddress") && message.memoryAddress !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.memoryAddress);
            if (message.memoryLength != null && $Object.hasOwnProperty.call(message, "memoryLength") && message.memoryLength !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.memoryLength);
            if (message.rkey != null && $Object.hasOwnProperty.call(message, "rkey") && message.rkey !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.rkey);
            if (message.peerVis != null && message.peerVis.length)
                writer.uint32(/* id 7, wireType 2 =*/58).uint32s(message.peerVis);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified PortState message, length delimited. Does not implicitly {@link ccm.PortState.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ccm.PortState
         * @static
         * @param {ccm.PortState.$Properties} message PortState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PortState.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PortState message from the specified reader or buffer.
         * @function decode
         * @memberof ccm.PortState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ccm.PortState & ccm.PortState.$Shape} PortState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PortState.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.ccm.PortState();
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
                            message.client = value;
                        else
                            delete message.client;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.present = value;
                        else
                            delete message.present;
                        continue;
                    }
                case 3: {
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
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.memoryAddress = value;
                        else
                            delete message.memoryAddress;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.memoryLength = value;
                        else
                            delete message.memoryLength;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.rkey = value;
                        else
                            delete message.rkey;
                        continue;
                    }
                case 7: {
                        if (wireType === 2) {
                            if (!(message.peerVis && message.peerVis.length))
                                message.peerVis = [];
                            reader.uint32s(message.peerVis);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.peerVis && message.peerVis.length))
                            message.peerVis = [];
                        message.peerVis.push(reader.uint32());
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
         * Decodes a PortState message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ccm.PortState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ccm.PortState & ccm.PortState.$Shape} PortState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PortState.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return PortState;
    })();

    ccm.PeerInfo = (function() {

        /**
         * Properties of a PeerInfo.
         * @typedef {Object} ccm.PeerInfo.$Properties
         * @property {number|null} [version] PeerInfo version
         * @property {string|null} [node] PeerInfo node
         * @property {string|null} [software] PeerInfo software
         * @property {Array.<ccm.PortState.$Properties>|null} [clients] PeerInfo clients
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PeerInfo.
         * @memberof ccm
         * @interface IPeerInfo
         * @augments ccm.PeerInfo.$Properties
         * @deprecated Use ccm.PeerInfo.$Properties instead.
         */

        /**
         * Shape of a PeerInfo.
         * @typedef {ccm.PeerInfo.$Properties} ccm.PeerInfo.$Shape
         */

        /**
         * Constructs a new PeerInfo.
         * @memberof ccm
         * @classdesc Represents a PeerInfo.
         * @constructor
         * @param {ccm.PeerInfo.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PeerInfo = function (properties) {
            this.clients = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PeerInfo version.
         * @member {number} version
         * @memberof ccm.PeerInfo
         * @instance
         */
        PeerInfo.prototype.version = 0;

        /**
         * PeerInfo node.
         * @member {string} node
         * @memberof ccm.PeerInfo
         * @instance
         */
        PeerInfo.prototype.node = "";

        /**
         * PeerInfo software.
         * @member {string} software
         * @memberof ccm.PeerInfo
         * @instance
         */
        PeerInfo.prototype.software = "";

        /**
         * PeerInfo clients.
         * @member {Array.<ccm.PortState.$Properties>} clients
         * @memberof ccm.PeerInfo
         * @instance
         */
        PeerInfo.prototype.clients = $util.emptyArray;

        /**
         * Encodes the specified PeerInfo message. Does not implicitly {@link ccm.PeerInfo.verify|verify} messages.
         * @function encode
         * @memberof ccm.PeerInfo
         * @static
         * @param {ccm.PeerInfo.$Properties} message PeerInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PeerInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
            if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.node);
            if (message.software != null && $Object.hasOwnProperty.call(message, "software") && message.software !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.software);
            if (message.clients != null && message.clients.length)
                for (let i = 0; i < message.clients.length; ++i)
                    $root.ccm.PortState.encode(message.clients[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified PeerInfo message, length delimited. Does not implicitly {@link ccm.PeerInfo.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ccm.PeerInfo
         * @static
         * @param {ccm.PeerInfo.$Properties} message PeerInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PeerInfo.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PeerInfo message from the specified reader or buffer.
         * @function decode
         * @memberof ccm.PeerInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ccm.PeerInfo & ccm.PeerInfo.$Shape} PeerInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PeerInfo.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.ccm.PeerInfo();
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
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.node = value;
                        else
                            delete message.node;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.software = value;
                        else
                            delete message.software;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.clients && message.clients.length))
                            message.clients = [];
                        message.clients.push($root.ccm.PortState.decode(reader, reader.size(), $undefined, _depth + 1));
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
         * Decodes a PeerInfo message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ccm.PeerInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ccm.PeerInfo & ccm.PeerInfo.$Shape} PeerInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PeerInfo.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return PeerInfo;
    })();

    ccm.Ready = (function() {

        /**
         * Properties of a Ready.
         * @typedef {Object} ccm.Ready.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Ready.
         * @memberof ccm
         * @interface IReady
         * @augments ccm.Ready.$Properties
         * @deprecated Use ccm.Ready.$Properties instead.
         */

        /**
         * Shape of a Ready.
         * @typedef {ccm.Ready.$Properties} ccm.Ready.$Shape
         */

        /**
         * Constructs a new Ready.
         * @memberof ccm
         * @classdesc Represents a Ready.
         * @constructor
         * @param {ccm.Ready.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Ready = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified Ready message. Does not implicitly {@link ccm.Ready.verify|verify} messages.
         * @function encode
         * @memberof ccm.Ready
         * @static
         * @param {ccm.Ready.$Properties} message Ready message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Ready.encode = function (message, writer, _depth) {
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
         * Encodes the specified Ready message, length delimited. Does not implicitly {@link ccm.Ready.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ccm.Ready
         * @static
         * @param {ccm.Ready.$Properties} message Ready message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Ready.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Ready message from the specified reader or buffer.
         * @function decode
         * @memberof ccm.Ready
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ccm.Ready & ccm.Ready.$Shape} Ready
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Ready.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.ccm.Ready();
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
         * Decodes a Ready message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ccm.Ready
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ccm.Ready & ccm.Ready.$Shape} Ready
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Ready.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Ready;
    })();

    ccm.PeerMessage = (function() {

        /**
         * Properties of a PeerMessage.
         * @typedef {Object} ccm.PeerMessage.$Properties
         * @property {number|Long|null} [sessionId] PeerMessage sessionId
         * @property {ccm.PeerInfo.$Properties|null} [info] PeerMessage info
         * @property {ccm.PortState.$Properties|null} [portState] PeerMessage portState
         * @property {ccm.Ready.$Properties|null} [ready] PeerMessage ready
         * @property {"info"|"portState"|"ready"} [body] PeerMessage body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PeerMessage.
         * @memberof ccm
         * @interface IPeerMessage
         * @augments ccm.PeerMessage.$Properties
         * @deprecated Use ccm.PeerMessage.$Properties instead.
         */

        /**
         * Narrowed shape of a PeerMessage.
         * @typedef {{
         *   sessionId?: number|Long|null;
         *   info?: ccm.PeerInfo.$Shape|null;
         *   portState?: ccm.PortState.$Shape|null;
         *   ready?: ccm.Ready.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ body?: undefined; info?: null; portState?: null; ready?: null }|{ body?: "info"; info: ccm.PeerInfo.$Shape; portState?: null; ready?: null }|{ body?: "portState"; info?: null; portState: ccm.PortState.$Shape; ready?: null }|{ body?: "ready"; info?: null; portState?: null; ready: ccm.Ready.$Shape })
         * )} ccm.PeerMessage.$Shape
         */

        /**
         * Constructs a new PeerMessage.
         * @memberof ccm
         * @classdesc Represents a PeerMessage.
         * @constructor
         * @param {ccm.PeerMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PeerMessage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PeerMessage sessionId.
         * @member {number|Long} sessionId
         * @memberof ccm.PeerMessage
         * @instance
         */
        PeerMessage.prototype.sessionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PeerMessage info.
         * @member {ccm.PeerInfo.$Properties|null|undefined} info
         * @memberof ccm.PeerMessage
         * @instance
         */
        PeerMessage.prototype.info = null;

        /**
         * PeerMessage portState.
         * @member {ccm.PortState.$Properties|null|undefined} portState
         * @memberof ccm.PeerMessage
         * @instance
         */
        PeerMessage.prototype.portState = null;

        /**
         * PeerMessage ready.
         * @member {ccm.Ready.$Properties|null|undefined} ready
         * @memberof ccm.PeerMessage
         * @instance
         */
        PeerMessage.prototype.ready = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * PeerMessage body.
         * @member {"info"|"portState"|"ready"|undefined} body
         * @memberof ccm.PeerMessage
         * @instance
         */
        $Object.defineProperty(PeerMessage.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["info", "portState", "ready"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified PeerMessage message. Does not implicitly {@link ccm.PeerMessage.verify|verify} messages.
         * @function encode
         * @memberof ccm.PeerMessage
         * @static
         * @param {ccm.PeerMessage.$Properties} message PeerMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PeerMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && (typeof message.sessionId === "object" ? message.sessionId.low || message.sessionId.high : message.sessionId !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.sessionId);
            if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                $root.ccm.PeerInfo.encode(message.info, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.portState != null && $Object.hasOwnProperty.call(message, "portState"))
                $root.ccm.PortState.encode(message.portState, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.ready != null && $Object.hasOwnProperty.call(message, "ready"))
                $root.ccm.Ready.encode(message.ready, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified PeerMessage message, length delimited. Does not implicitly {@link ccm.PeerMessage.verify|verify} messages.
         * @function encodeDelimited
         * @memberof ccm.PeerMessage
         * @static
         * @param {ccm.PeerMessage.$Properties} message PeerMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PeerMessage.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PeerMessage message from the specified reader or buffer.
         * @function decode
         * @memberof ccm.PeerMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ccm.PeerMessage & ccm.PeerMessage.$Shape} PeerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PeerMessage.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.ccm.PeerMessage();
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
                            message.sessionId = value;
                        else
                            delete message.sessionId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.info = $root.ccm.PeerInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
                        message.body = "info";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.portState = $root.ccm.PortState.decode(reader, reader.size(), $undefined, _depth + 1, message.portState);
                        message.body = "portState";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.ready = $root.ccm.Ready.decode(reader, reader.size(), $undefined, _depth + 1, message.ready);
                        message.body = "ready";
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
         * Decodes a PeerMessage message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof ccm.PeerMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {ccm.PeerMessage & ccm.PeerMessage.$Shape} PeerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PeerMessage.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return PeerMessage;
    })();

    return ccm;
})();

export {
  $root as default
};
