/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const seq = $root.seq = (() => {

    /**
     * Namespace seq.
     * @exports seq
     * @namespace
     */
    const seq = {};

    seq.Layout = (function() {

        /**
         * Properties of a Layout.
         * @typedef {Object} seq.Layout.$Properties
         * @property {number|Long|null} [epoch] Layout epoch
         * @property {string|null} [primary] Layout primary
         * @property {string|null} [secondary] Layout secondary
         * @property {number|Long|null} [start] Layout start
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Layout.
         * @memberof seq
         * @interface ILayout
         * @augments seq.Layout.$Properties
         * @deprecated Use seq.Layout.$Properties instead.
         */

        /**
         * Shape of a Layout.
         * @typedef {seq.Layout.$Properties} seq.Layout.$Shape
         */

        /**
         * Constructs a new Layout.
         * @memberof seq
         * @classdesc Represents a Layout.
         * @constructor
         * @param {seq.Layout.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Layout = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Layout epoch.
         * @member {number|Long} epoch
         * @memberof seq.Layout
         * @instance
         */
        Layout.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Layout primary.
         * @member {string} primary
         * @memberof seq.Layout
         * @instance
         */
        Layout.prototype.primary = "";

        /**
         * Layout secondary.
         * @member {string} secondary
         * @memberof seq.Layout
         * @instance
         */
        Layout.prototype.secondary = "";

        /**
         * Layout start.
         * @member {number|Long} start
         * @memberof seq.Layout
         * @instance
         */
        Layout.prototype.start = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified Layout message. Does not implicitly {@link seq.Layout.verify|verify} messages.
         * @function encode
         * @memberof seq.Layout
         * @static
         * @param {seq.Layout.$Properties} message Layout message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Layout.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.epoch);
            if (message.primary != null && $Object.hasOwnProperty.call(message, "primary") && message.primary !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.primary);
            if (message.secondary != null && $Object.hasOwnProperty.call(message, "secondary") && message.secondary !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.secondary);
            if (message.start != null && $Object.hasOwnProperty.call(message, "start") && (typeof message.start === "object" ? message.start.low || message.start.high : message.start !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.start);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Layout message, length delimited. Does not implicitly {@link seq.Layout.verify|verify} messages.
         * @function encodeDelimited
         * @memberof seq.Layout
         * @static
         * @param {seq.Layout.$Properties} message Layout message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Layout.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Layout message from the specified reader or buffer.
         * @function decode
         * @memberof seq.Layout
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {seq.Layout & seq.Layout.$Shape} Layout
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Layout.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.seq.Layout();
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
                            message.epoch = value;
                        else
                            delete message.epoch;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.primary = value;
                        else
                            delete message.primary;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.secondary = value;
                        else
                            delete message.secondary;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.start = value;
                        else
                            delete message.start;
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
         * Decodes a Layout message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof seq.Layout
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {seq.Layout & seq.Layout.$Shape} Layout
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Layout.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Layout;
    })();

    seq.Req = (function() {

        /**
         * Properties of a Req.
         * @typedef {Object} seq.Req.$Properties
         * @property {number|Long|null} [epoch] Req epoch
         * @property {number|Long|null} [reqId] Req reqId
         * @property {number|null} [count] Req count
         * @property {number|Long|null} [floor] Req floor
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Req.
         * @memberof seq
         * @interface IReq
         * @augments seq.Req.$Properties
         * @deprecated Use seq.Req.$Properties instead.
         */

        /**
         * Shape of a Req.
         * @typedef {seq.Req.$Properties} seq.Req.$Shape
         */

        /**
         * Constructs a new Req.
         * @memberof seq
         * @classdesc Represents a Req.
         * @constructor
         * @param {seq.Req.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Req = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Req epoch.
         * @member {number|Long} epoch
         * @memberof seq.Req
         * @instance
         */
        Req.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Req reqId.
         * @member {number|Long} reqId
         * @memberof seq.Req
         * @instance
         */
        Req.prototype.reqId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Req count.
         * @member {number} count
         * @memberof seq.Req
         * @instance
         */
        Req.prototype.count = 0;

        /**
         * Req floor.
         * @member {number|Long} floor
         * @memberof seq.Req
         * @instance
         */
        Req.prototype.floor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified Req message. Does not implicitly {@link seq.Req.verify|verify} messages.
         * @function encode
         * @memberof seq.Req
         * @static
         * @param {seq.Req.$Properties} message Req message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Req.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.epoch);
            if (message.reqId != null && $Object.hasOwnProperty.call(message, "reqId") && (typeof message.reqId === "object" ? message.reqId.low || message.reqId.high : message.reqId !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.reqId);
            if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.count);
            if (message.floor != null && $Object.hasOwnProperty.call(message, "floor") && (typeof message.floor === "object" ? message.floor.low || message.floor.high : message.floor !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.floor);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Req message, length delimited. Does not implicitly {@link seq.Req.verify|verify} messages.
         * @function encodeDelimited
         * @memberof seq.Req
         * @static
         * @param {seq.Req.$Properties} message Req message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Req.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Req message from the specified reader or buffer.
         * @function decode
         * @memberof seq.Req
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {seq.Req & seq.Req.$Shape} Req
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Req.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.seq.Req();
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
                            message.epoch = value;
                        else
                            delete message.epoch;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.reqId = value;
                        else
                            delete message.reqId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.count = value;
                        else
                            delete message.count;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.floor = value;
                        else
                            delete message.floor;
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
         * Decodes a Req message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof seq.Req
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {seq.Req & seq.Req.$Shape} Req
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Req.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Req;
    })();

    seq.Fwd = (function() {

        /**
         * Properties of a Fwd.
         * @typedef {Object} seq.Fwd.$Properties
         * @property {number|Long|null} [epoch] Fwd epoch
         * @property {string|null} [origin] Fwd origin
         * @property {number|Long|null} [reqId] Fwd reqId
         * @property {number|Long|null} [start] Fwd start
         * @property {number|null} [count] Fwd count
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Fwd.
         * @memberof seq
         * @interface IFwd
         * @augments seq.Fwd.$Properties
         * @deprecated Use seq.Fwd.$Properties instead.
         */

        /**
         * Shape of a Fwd.
         * @typedef {seq.Fwd.$Properties} seq.Fwd.$Shape
         */

        /**
         * Constructs a new Fwd.
         * @memberof seq
         * @classdesc Represents a Fwd.
         * @constructor
         * @param {seq.Fwd.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Fwd = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Fwd epoch.
         * @member {number|Long} epoch
         * @memberof seq.Fwd
         * @instance
         */
        Fwd.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Fwd origin.
         * @member {string} origin
         * @memberof seq.Fwd
         * @instance
         */
        Fwd.prototype.origin = "";

        /**
         * Fwd reqId.
         * @member {number|Long} reqId
         * @memberof seq.Fwd
         * @instance
         */
        Fwd.prototype.reqId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Fwd start.
         * @member {number|Long} start
         * @memberof seq.Fwd
         * @instance
         */
        Fwd.prototype.start = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Fwd count.
         * @member {number} count
         * @memberof seq.Fwd
         * @instance
         */
        Fwd.prototype.count = 0;

        /**
         * Encodes the specified Fwd message. Does not implicitly {@link seq.Fwd.verify|verify} messages.
         * @function encode
         * @memberof seq.Fwd
         * @static
         * @param {seq.Fwd.$Properties} message Fwd message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Fwd.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.epoch);
            if (message.origin != null && $Object.hasOwnProperty.call(message, "origin") && message.origin !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.origin);
            if (message.reqId != null && $Object.hasOwnProperty.call(message, "reqId") && (typeof message.reqId === "object" ? message.reqId.low || message.reqId.high : message.reqId !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.reqId);
            if (message.start != null && $Object.hasOwnProperty.call(message, "start") && (typeof message.start === "object" ? message.start.low || message.start.high : message.start !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.start);
            if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.count);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Fwd message, length delimited. Does not implicitly {@link seq.Fwd.verify|verify} messages.
         * @function encodeDelimited
         * @memberof seq.Fwd
         * @static
         * @param {seq.Fwd.$Properties} message Fwd message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Fwd.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Fwd message from the specified reader or buffer.
         * @function decode
         * @memberof seq.Fwd
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {seq.Fwd & seq.Fwd.$Shape} Fwd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Fwd.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.seq.Fwd();
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
                            message.epoch = value;
                        else
                            delete message.epoch;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.origin = value;
                        else
                            delete message.origin;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.reqId = value;
                        else
                            delete message.reqId;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.start = value;
                        else
                            delete message.start;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.count = value;
                        else
                            delete message.count;
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
         * Decodes a Fwd message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof seq.Fwd
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {seq.Fwd & seq.Fwd.$Shape} Fwd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Fwd.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Fwd;
    })();

    seq.Deliver = (function() {

        /**
         * Properties of a Deliver.
         * @typedef {Object} seq.Deliver.$Properties
         * @property {number|Long|null} [epoch] Deliver epoch
         * @property {number|Long|null} [reqId] Deliver reqId
         * @property {number|Long|null} [start] Deliver start
         * @property {number|null} [count] Deliver count
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Deliver.
         * @memberof seq
         * @interface IDeliver
         * @augments seq.Deliver.$Properties
         * @deprecated Use seq.Deliver.$Properties instead.
         */

        /**
         * Shape of a Deliver.
         * @typedef {seq.Deliver.$Properties} seq.Deliver.$Shape
         */

        /**
         * Constructs a new Deliver.
         * @memberof seq
         * @classdesc Represents a Deliver.
         * @constructor
         * @param {seq.Deliver.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Deliver = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Deliver epoch.
         * @member {number|Long} epoch
         * @memberof seq.Deliver
         * @instance
         */
        Deliver.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Deliver reqId.
         * @member {number|Long} reqId
         * @memberof seq.Deliver
         * @instance
         */
        Deliver.prototype.reqId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Deliver start.
         * @member {number|Long} start
         * @memberof seq.Deliver
         * @instance
         */
        Deliver.prototype.start = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Deliver count.
         * @member {number} count
         * @memberof seq.Deliver
         * @instance
         */
        Deliver.prototype.count = 0;

        /**
         * Encodes the specified Deliver message. Does not implicitly {@link seq.Deliver.verify|verify} messages.
         * @function encode
         * @memberof seq.Deliver
         * @static
         * @param {seq.Deliver.$Properties} message Deliver message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Deliver.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.epoch);
            if (message.reqId != null && $Object.hasOwnProperty.call(message, "reqId") && (typeof message.reqId === "object" ? message.reqId.low || message.reqId.high : message.reqId !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.reqId);
            if (message.start != null && $Object.hasOwnProperty.call(message, "start") && (typeof message.start === "object" ? message.start.low || message.start.high : message.start !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.start);
            if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.count);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Deliver message, length delimited. Does not implicitly {@link seq.Deliver.verify|verify} messages.
         * @function encodeDelimited
         * @memberof seq.Deliver
         * @static
         * @param {seq.Deliver.$Properties} message Deliver message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Deliver.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Deliver message from the specified reader or buffer.
         * @function decode
         * @memberof seq.Deliver
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {seq.Deliver & seq.Deliver.$Shape} Deliver
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Deliver.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.seq.Deliver();
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
                            message.epoch = value;
                        else
                            delete message.epoch;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.reqId = value;
                        else
                            delete message.reqId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.start = value;
                        else
                            delete message.start;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.count = value;
                        else
                            delete message.count;
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
         * Decodes a Deliver message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof seq.Deliver
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {seq.Deliver & seq.Deliver.$Shape} Deliver
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Deliver.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Deliver;
    })();

    /**
     * NackCode enum.
     * @name seq.NackCode
     * @enum {number}
     * @property {number} NACK_NOT_SERVING=0 NACK_NOT_SERVING value
     * @property {number} NACK_FLOOR_ABOVE_ISSUED=1 NACK_FLOOR_ABOVE_ISSUED value
     * @property {number} NACK_EXHAUSTED=2 NACK_EXHAUSTED value
     */
    seq.NackCode = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "NACK_NOT_SERVING"] = 0;
        values[valuesById[1] = "NACK_FLOOR_ABOVE_ISSUED"] = 1;
        values[valuesById[2] = "NACK_EXHAUSTED"] = 2;
        return values;
    })();

    seq.Nack = (function() {

        /**
         * Properties of a Nack.
         * @typedef {Object} seq.Nack.$Properties
         * @property {number|Long|null} [epoch] Nack epoch
         * @property {number|Long|null} [reqId] Nack reqId
         * @property {string|null} [reason] Nack reason
         * @property {seq.NackCode|null} [code] Nack code
         * @property {number|Long|null} [next] Nack next
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Nack.
         * @memberof seq
         * @interface INack
         * @augments seq.Nack.$Properties
         * @deprecated Use seq.Nack.$Properties instead.
         */

        /**
         * Shape of a Nack.
         * @typedef {seq.Nack.$Properties} seq.Nack.$Shape
         */

        /**
         * Constructs a new Nack.
         * @memberof seq
         * @classdesc Represents a Nack.
         * @constructor
         * @param {seq.Nack.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Nack = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Nack epoch.
         * @member {number|Long} epoch
         * @memberof seq.Nack
         * @instance
         */
        Nack.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Nack reqId.
         * @member {number|Long} reqId
         * @memberof seq.Nack
         * @instance
         */
        Nack.prototype.reqId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Nack reason.
         * @member {string} reason
         * @memberof seq.Nack
         * @instance
         */
        Nack.prototype.reason = "";

        /**
         * Nack code.
         * @member {seq.NackCode} code
         * @memberof seq.Nack
         * @instance
         */
        Nack.prototype.code = 0;

        /**
         * Nack next.
         * @member {number|Long} next
         * @memberof seq.Nack
         * @instance
         */
        Nack.prototype.next = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified Nack message. Does not implicitly {@link seq.Nack.verify|verify} messages.
         * @function encode
         * @memberof seq.Nack
         * @static
         * @param {seq.Nack.$Properties} message Nack message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Nack.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.epoch);
            if (message.reqId != null && $Object.hasOwnProperty.call(message, "reqId") && (typeof message.reqId === "object" ? message.reqId.low || message.reqId.high : message.reqId !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.reqId);
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
            if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.code);
            if (message.next != null && $Object.hasOwnProperty.call(message, "next") && (typeof message.next === "object" ? message.next.low || message.next.high : message.next !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.next);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Nack message, length delimited. Does not implicitly {@link seq.Nack.verify|verify} messages.
         * @function encodeDelimited
         * @memberof seq.Nack
         * @static
         * @param {seq.Nack.$Properties} message Nack message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Nack.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Nack message from the specified reader or buffer.
         * @function decode
         * @memberof seq.Nack
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {seq.Nack & seq.Nack.$Shape} Nack
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Nack.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.seq.Nack();
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
                            message.epoch = value;
                        else
                            delete message.epoch;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.reqId = value;
                        else
                            delete message.reqId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.reason = value;
                        else
                            delete message.reason;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.code = value;
                        else
                            delete message.code;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.next = value;
                        else
                            delete message.next;
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
         * Decodes a Nack message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof seq.Nack
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {seq.Nack & seq.Nack.$Shape} Nack
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Nack.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Nack;
    })();

    seq.Seal = (function() {

        /**
         * Properties of a Seal.
         * @typedef {Object} seq.Seal.$Properties
         * @property {number|Long|null} [ballot] Seal ballot
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Seal.
         * @memberof seq
         * @interface ISeal
         * @augments seq.Seal.$Properties
         * @deprecated Use seq.Seal.$Properties instead.
         */

        /**
         * Shape of a Seal.
         * @typedef {seq.Seal.$Properties} seq.Seal.$Shape
         */

        /**
         * Constructs a new Seal.
         * @memberof seq
         * @classdesc Represents a Seal.
         * @constructor
         * @param {seq.Seal.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Seal = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Seal ballot.
         * @member {number|Long} ballot
         * @memberof seq.Seal
         * @instance
         */
        Seal.prototype.ballot = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified Seal message. Does not implicitly {@link seq.Seal.verify|verify} messages.
         * @function encode
         * @memberof seq.Seal
         * @static
         * @param {seq.Seal.$Properties} message Seal message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Seal.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ballot != null && $Object.hasOwnProperty.call(message, "ballot") && (typeof message.ballot === "object" ? message.ballot.low || message.ballot.high : message.ballot !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.ballot);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Seal message, length delimited. Does not implicitly {@link seq.Seal.verify|verify} messages.
         * @function encodeDelimited
         * @memberof seq.Seal
         * @static
         * @param {seq.Seal.$Properties} message Seal message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Seal.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Seal message from the specified reader or buffer.
         * @function decode
         * @memberof seq.Seal
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {seq.Seal & seq.Seal.$Shape} Seal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Seal.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.seq.Seal();
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
                            message.ballot = value;
                        else
                            delete message.ballot;
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
         * Decodes a Seal message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof seq.Seal
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {seq.Seal & seq.Seal.$Shape} Seal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Seal.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Seal;
    })();

    seq.Sealed = (function() {

        /**
         * Properties of a Sealed.
         * @typedef {Object} seq.Sealed.$Properties
         * @property {number|Long|null} [ballot] Sealed ballot
         * @property {seq.Layout.$Properties|null} [layout] Sealed layout
         * @property {number|Long|null} [reserved] Sealed reserved
         * @property {number|Long|null} [stored] Sealed stored
         * @property {number|Long|null} [seen] Sealed seen
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Sealed.
         * @memberof seq
         * @interface ISealed
         * @augments seq.Sealed.$Properties
         * @deprecated Use seq.Sealed.$Properties instead.
         */

        /**
         * Shape of a Sealed.
         * @typedef {seq.Sealed.$Properties} seq.Sealed.$Shape
         */

        /**
         * Constructs a new Sealed.
         * @memberof seq
         * @classdesc Represents a Sealed.
         * @constructor
         * @param {seq.Sealed.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Sealed = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Sealed ballot.
         * @member {number|Long} ballot
         * @memberof seq.Sealed
         * @instance
         */
        Sealed.prototype.ballot = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Sealed layout.
         * @member {seq.Layout.$Properties|null|undefined} layout
         * @memberof seq.Sealed
         * @instance
         */
        Sealed.prototype.layout = null;

        /**
         * Sealed reserved.
         * @member {number|Long} reserved
         * @memberof seq.Sealed
         * @instance
         */
        Sealed.prototype.reserved = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Sealed stored.
         * @member {number|Long} stored
         * @memberof seq.Sealed
         * @instance
         */
        Sealed.prototype.stored = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Sealed seen.
         * @member {number|Long} seen
         * @memberof seq.Sealed
         * @instance
         */
        Sealed.prototype.seen = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified Sealed message. Does not implicitly {@link seq.Sealed.verify|verify} messages.
         * @function encode
         * @memberof seq.Sealed
         * @static
         * @param {seq.Sealed.$Properties} message Sealed message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Sealed.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ballot != null && $Object.hasOwnProperty.call(message, "ballot") && (typeof message.ballot === "object" ? message.ballot.low || message.ballot.high : message.ballot !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.ballot);
            if (message.layout != null && $Object.hasOwnProperty.call(message, "layout"))
                $root.seq.Layout.encode(message.layout, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.reserved != null && $Object.hasOwnProperty.call(message, "reserved") && (typeof message.reserved === "object" ? message.reserved.low || message.reserved.high : message.reserved !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.reserved);
            if (message.stored != null && $Object.hasOwnProperty.call(message, "stored") && (typeof message.stored === "object" ? message.stored.low || message.stored.high : message.stored !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.stored);
            if (message.seen != null && $Object.hasOwnProperty.call(message, "seen") && (typeof message.seen === "object" ? message.seen.low || message.seen.high : message.seen !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.seen);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Sealed message, length delimited. Does not implicitly {@link seq.Sealed.verify|verify} messages.
         * @function encodeDelimited
         * @memberof seq.Sealed
         * @static
         * @param {seq.Sealed.$Properties} message Sealed message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Sealed.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Sealed message from the specified reader or buffer.
         * @function decode
         * @memberof seq.Sealed
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {seq.Sealed & seq.Sealed.$Shape} Sealed
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Sealed.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.seq.Sealed();
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
                            message.ballot = value;
                        else
                            delete message.ballot;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.layout = $root.seq.Layout.decode(reader, reader.size(), $undefined, _depth + 1, message.layout);
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.reserved = value;
                        else
                            delete message.reserved;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.stored = value;
                        else
                            delete message.stored;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.seen = value;
                        else
                            delete message.seen;
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
         * Decodes a Sealed message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof seq.Sealed
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {seq.Sealed & seq.Sealed.$Shape} Sealed
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Sealed.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Sealed;
    })();

    seq.Refused = (function() {

        /**
         * Properties of a Refused.
         * @typedef {Object} seq.Refused.$Properties
         * @property {number|Long|null} [ballot] Refused ballot
         * @property {number|Long|null} [promised] Refused promised
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Refused.
         * @memberof seq
         * @interface IRefused
         * @augments seq.Refused.$Properties
         * @deprecated Use seq.Refused.$Properties instead.
         */

        /**
         * Shape of a Refused.
         * @typedef {seq.Refused.$Properties} seq.Refused.$Shape
         */

        /**
         * Constructs a new Refused.
         * @memberof seq
         * @classdesc Represents a Refused.
         * @constructor
         * @param {seq.Refused.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Refused = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Refused ballot.
         * @member {number|Long} ballot
         * @memberof seq.Refused
         * @instance
         */
        Refused.prototype.ballot = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Refused promised.
         * @member {number|Long} promised
         * @memberof seq.Refused
         * @instance
         */
        Refused.prototype.promised = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified Refused message. Does not implicitly {@link seq.Refused.verify|verify} messages.
         * @function encode
         * @memberof seq.Refused
         * @static
         * @param {seq.Refused.$Properties} message Refused message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Refused.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ballot != null && $Object.hasOwnProperty.call(message, "ballot") && (typeof message.ballot === "object" ? message.ballot.low || message.ballot.high : message.ballot !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.ballot);
            if (message.promised != null && $Object.hasOwnProperty.call(message, "promised") && (typeof message.promised === "object" ? message.promised.low || message.promised.high : message.promised !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.promised);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Refused message, length delimited. Does not implicitly {@link seq.Refused.verify|verify} messages.
         * @function encodeDelimited
         * @memberof seq.Refused
         * @static
         * @param {seq.Refused.$Properties} message Refused message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Refused.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Refused message from the specified reader or buffer.
         * @function decode
         * @memberof seq.Refused
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {seq.Refused & seq.Refused.$Shape} Refused
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Refused.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.seq.Refused();
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
                            message.ballot = value;
                        else
                            delete message.ballot;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.promised = value;
                        else
                            delete message.promised;
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
         * Decodes a Refused message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof seq.Refused
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {seq.Refused & seq.Refused.$Shape} Refused
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Refused.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Refused;
    })();

    seq.Install = (function() {

        /**
         * Properties of an Install.
         * @typedef {Object} seq.Install.$Properties
         * @property {seq.Layout.$Properties|null} [layout] Install layout
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Install.
         * @memberof seq
         * @interface IInstall
         * @augments seq.Install.$Properties
         * @deprecated Use seq.Install.$Properties instead.
         */

        /**
         * Shape of an Install.
         * @typedef {seq.Install.$Properties} seq.Install.$Shape
         */

        /**
         * Constructs a new Install.
         * @memberof seq
         * @classdesc Represents an Install.
         * @constructor
         * @param {seq.Install.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Install = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Install layout.
         * @member {seq.Layout.$Properties|null|undefined} layout
         * @memberof seq.Install
         * @instance
         */
        Install.prototype.layout = null;

        /**
         * Encodes the specified Install message. Does not implicitly {@link seq.Install.verify|verify} messages.
         * @function encode
         * @memberof seq.Install
         * @static
         * @param {seq.Install.$Properties} message Install message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Install.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.layout != null && $Object.hasOwnProperty.call(message, "layout"))
                $root.seq.Layout.encode(message.layout, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Install message, length delimited. Does not implicitly {@link seq.Install.verify|verify} messages.
         * @function encodeDelimited
         * @memberof seq.Install
         * @static
         * @param {seq.Install.$Properties} message Install message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Install.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an Install message from the specified reader or buffer.
         * @function decode
         * @memberof seq.Install
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {seq.Install & seq.Install.$Shape} Install
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Install.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.seq.Install();
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
                        message.layout = $root.seq.Layout.decode(reader, reader.size(), $undefined, _depth + 1, message.layout);
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
         * Decodes an Install message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof seq.Install
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {seq.Install & seq.Install.$Shape} Install
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Install.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Install;
    })();

    seq.Lease = (function() {

        /**
         * Properties of a Lease.
         * @typedef {Object} seq.Lease.$Properties
         * @property {seq.Layout.$Properties|null} [layout] Lease layout
         * @property {number|null} [round] Lease round
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Lease.
         * @memberof seq
         * @interface ILease
         * @augments seq.Lease.$Properties
         * @deprecated Use seq.Lease.$Properties instead.
         */

        /**
         * Shape of a Lease.
         * @typedef {seq.Lease.$Properties} seq.Lease.$Shape
         */

        /**
         * Constructs a new Lease.
         * @memberof seq
         * @classdesc Represents a Lease.
         * @constructor
         * @param {seq.Lease.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Lease = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Lease layout.
         * @member {seq.Layout.$Properties|null|undefined} layout
         * @memberof seq.Lease
         * @instance
         */
        Lease.prototype.layout = null;

        /**
         * Lease round.
         * @member {number} round
         * @memberof seq.Lease
         * @instance
         */
        Lease.prototype.round = 0;

        /**
         * Encodes the specified Lease message. Does not implicitly {@link seq.Lease.verify|verify} messages.
         * @function encode
         * @memberof seq.Lease
         * @static
         * @param {seq.Lease.$Properties} message Lease message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Lease.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.layout != null && $Object.hasOwnProperty.call(message, "layout"))
                $root.seq.Layout.encode(message.layout, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.round);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Lease message, length delimited. Does not implicitly {@link seq.Lease.verify|verify} messages.
         * @function encodeDelimited
         * @memberof seq.Lease
         * @static
         * @param {seq.Lease.$Properties} message Lease message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Lease.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Lease message from the specified reader or buffer.
         * @function decode
         * @memberof seq.Lease
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {seq.Lease & seq.Lease.$Shape} Lease
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Lease.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.seq.Lease();
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
                        message.layout = $root.seq.Layout.decode(reader, reader.size(), $undefined, _depth + 1, message.layout);
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.round = value;
                        else
                            delete message.round;
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
         * Decodes a Lease message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof seq.Lease
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {seq.Lease & seq.Lease.$Shape} Lease
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Lease.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Lease;
    })();

    seq.LeaseAck = (function() {

        /**
         * Properties of a LeaseAck.
         * @typedef {Object} seq.LeaseAck.$Properties
         * @property {number|Long|null} [epoch] LeaseAck epoch
         * @property {number|null} [round] LeaseAck round
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LeaseAck.
         * @memberof seq
         * @interface ILeaseAck
         * @augments seq.LeaseAck.$Properties
         * @deprecated Use seq.LeaseAck.$Properties instead.
         */

        /**
         * Shape of a LeaseAck.
         * @typedef {seq.LeaseAck.$Properties} seq.LeaseAck.$Shape
         */

        /**
         * Constructs a new LeaseAck.
         * @memberof seq
         * @classdesc Represents a LeaseAck.
         * @constructor
         * @param {seq.LeaseAck.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LeaseAck = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * LeaseAck epoch.
         * @member {number|Long} epoch
         * @memberof seq.LeaseAck
         * @instance
         */
        LeaseAck.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * LeaseAck round.
         * @member {number} round
         * @memberof seq.LeaseAck
         * @instance
         */
        LeaseAck.prototype.round = 0;

        /**
         * Encodes the specified LeaseAck message. Does not implicitly {@link seq.LeaseAck.verify|verify} messages.
         * @function encode
         * @memberof seq.LeaseAck
         * @static
         * @param {seq.LeaseAck.$Properties} message LeaseAck message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LeaseAck.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.epoch);
            if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.round);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified LeaseAck message, length delimited. Does not implicitly {@link seq.LeaseAck.verify|verify} messages.
         * @function encodeDelimited
         * @memberof seq.LeaseAck
         * @static
         * @param {seq.LeaseAck.$Properties} message LeaseAck message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LeaseAck.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a LeaseAck message from the specified reader or buffer.
         * @function decode
         * @memberof seq.LeaseAck
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {seq.LeaseAck & seq.LeaseAck.$Shape} LeaseAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LeaseAck.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.seq.LeaseAck();
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
                            message.epoch = value;
                        else
                            delete message.epoch;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.round = value;
                        else
                            delete message.round;
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
         * Decodes a LeaseAck message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof seq.LeaseAck
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {seq.LeaseAck & seq.LeaseAck.$Shape} LeaseAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LeaseAck.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return LeaseAck;
    })();

    seq.Reserve = (function() {

        /**
         * Properties of a Reserve.
         * @typedef {Object} seq.Reserve.$Properties
         * @property {number|Long|null} [epoch] Reserve epoch
         * @property {number|Long|null} [end] Reserve end
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Reserve.
         * @memberof seq
         * @interface IReserve
         * @augments seq.Reserve.$Properties
         * @deprecated Use seq.Reserve.$Properties instead.
         */

        /**
         * Shape of a Reserve.
         * @typedef {seq.Reserve.$Properties} seq.Reserve.$Shape
         */

        /**
         * Constructs a new Reserve.
         * @memberof seq
         * @classdesc Represents a Reserve.
         * @constructor
         * @param {seq.Reserve.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Reserve = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Reserve epoch.
         * @member {number|Long} epoch
         * @memberof seq.Reserve
         * @instance
         */
        Reserve.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Reserve end.
         * @member {number|Long} end
         * @memberof seq.Reserve
         * @instance
         */
        Reserve.prototype.end = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified Reserve message. Does not implicitly {@link seq.Reserve.verify|verify} messages.
         * @function encode
         * @memberof seq.Reserve
         * @static
         * @param {seq.Reserve.$Properties} message Reserve message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Reserve.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.epoch);
            if (message.end != null && $Object.hasOwnProperty.call(message, "end") && (typeof message.end === "object" ? message.end.low || message.end.high : message.end !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.end);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Reserve message, length delimited. Does not implicitly {@link seq.Reserve.verify|verify} messages.
         * @function encodeDelimited
         * @memberof seq.Reserve
         * @static
         * @param {seq.Reserve.$Properties} message Reserve message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Reserve.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Reserve message from the specified reader or buffer.
         * @function decode
         * @memberof seq.Reserve
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {seq.Reserve & seq.Reserve.$Shape} Reserve
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Reserve.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.seq.Reserve();
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
                            message.epoch = value;
                        else
                            delete message.epoch;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.end = value;
                        else
                            delete message.end;
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
         * Decodes a Reserve message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof seq.Reserve
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {seq.Reserve & seq.Reserve.$Shape} Reserve
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Reserve.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Reserve;
    })();

    seq.Reserved = (function() {

        /**
         * Properties of a Reserved.
         * @typedef {Object} seq.Reserved.$Properties
         * @property {number|Long|null} [epoch] Reserved epoch
         * @property {number|Long|null} [end] Reserved end
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Reserved.
         * @memberof seq
         * @interface IReserved
         * @augments seq.Reserved.$Properties
         * @deprecated Use seq.Reserved.$Properties instead.
         */

        /**
         * Shape of a Reserved.
         * @typedef {seq.Reserved.$Properties} seq.Reserved.$Shape
         */

        /**
         * Constructs a new Reserved.
         * @memberof seq
         * @classdesc Represents a Reserved.
         * @constructor
         * @param {seq.Reserved.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Reserved = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Reserved epoch.
         * @member {number|Long} epoch
         * @memberof seq.Reserved
         * @instance
         */
        Reserved.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Reserved end.
         * @member {number|Long} end
         * @memberof seq.Reserved
         * @instance
         */
        Reserved.prototype.end = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified Reserved message. Does not implicitly {@link seq.Reserved.verify|verify} messages.
         * @function encode
         * @memberof seq.Reserved
         * @static
         * @param {seq.Reserved.$Properties} message Reserved message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Reserved.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.epoch);
            if (message.end != null && $Object.hasOwnProperty.call(message, "end") && (typeof message.end === "object" ? message.end.low || message.end.high : message.end !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.end);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Reserved message, length delimited. Does not implicitly {@link seq.Reserved.verify|verify} messages.
         * @function encodeDelimited
         * @memberof seq.Reserved
         * @static
         * @param {seq.Reserved.$Properties} message Reserved message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Reserved.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Reserved message from the specified reader or buffer.
         * @function decode
         * @memberof seq.Reserved
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {seq.Reserved & seq.Reserved.$Shape} Reserved
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Reserved.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.seq.Reserved();
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
                            message.epoch = value;
                        else
                            delete message.epoch;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.end = value;
                        else
                            delete message.end;
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
         * Decodes a Reserved message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof seq.Reserved
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {seq.Reserved & seq.Reserved.$Shape} Reserved
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Reserved.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Reserved;
    })();

    seq.SeqMessage = (function() {

        /**
         * Properties of a SeqMessage.
         * @typedef {Object} seq.SeqMessage.$Properties
         * @property {seq.Req.$Properties|null} [req] SeqMessage req
         * @property {seq.Fwd.$Properties|null} [fwd] SeqMessage fwd
         * @property {seq.Deliver.$Properties|null} [deliver] SeqMessage deliver
         * @property {seq.Nack.$Properties|null} [nack] SeqMessage nack
         * @property {seq.Seal.$Properties|null} [seal] SeqMessage seal
         * @property {seq.Sealed.$Properties|null} [sealed] SeqMessage sealed
         * @property {seq.Refused.$Properties|null} [refused] SeqMessage refused
         * @property {seq.Install.$Properties|null} [install] SeqMessage install
         * @property {seq.Lease.$Properties|null} [lease] SeqMessage lease
         * @property {seq.LeaseAck.$Properties|null} [leaseAck] SeqMessage leaseAck
         * @property {seq.Reserve.$Properties|null} [reserve] SeqMessage reserve
         * @property {seq.Reserved.$Properties|null} [reserved] SeqMessage reserved
         * @property {"req"|"fwd"|"deliver"|"nack"|"seal"|"sealed"|"refused"|"install"|"lease"|"leaseAck"|"reserve"|"reserved"} [body] SeqMessage body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SeqMessage.
         * @memberof seq
         * @interface ISeqMessage
         * @augments seq.SeqMessage.$Properties
         * @deprecated Use seq.SeqMessage.$Properties instead.
         */

        /**
         * Narrowed shape of a SeqMessage.
         * @typedef {{
         *   req?: seq.Req.$Shape|null;
         *   fwd?: seq.Fwd.$Shape|null;
         *   deliver?: seq.Deliver.$Shape|null;
         *   nack?: seq.Nack.$Shape|null;
         *   seal?: seq.Seal.$Shape|null;
         *   sealed?: seq.Sealed.$Shape|null;
         *   refused?: seq.Refused.$Shape|null;
         *   install?: seq.Install.$Shape|null;
         *   lease?: seq.Lease.$Shape|null;
         *   leaseAck?: seq.LeaseAck.$Shape|null;
         *   reserve?: seq.Reserve.$Shape|null;
         *   reserved?: seq.Reserved.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ body?: undefined; req?: null; fwd?: null; deliver?: null; nack?: null; seal?: null; sealed?: null; refused?: null; install?: null; lease?: null; leaseAck?: null; reserve?: null; reserved?: null }|{ body?: "req"; req: seq.Req.$Shape; fwd?: null; deliver?: null; nack?: null; seal?: null; sealed?: null; refused?: null; install?: null; lease?: null; leaseAck?: null; reserve?: null; reserved?: null }|{ body?: "fwd"; req?: null; fwd: seq.Fwd.$Shape; deliver?: null; nack?: null; seal?: null; sealed?: null; refused?: null; install?: null; lease?: null; leaseAck?: null; reserve?: null; reserved?: null }|{ body?: "deliver"; req?: null; fwd?: null; deliver: seq.Deliver.$Shape; nack?: null; seal?: null; sealed?: null; refused?: null; install?: null; lease?: null; leaseAck?: null; reserve?: null; reserved?: null }|{ body?: "nack"; req?: null; fwd?: null; deliver?: null; nack: seq.Nack.$Shape; seal?: null; sealed?: null; refused?: null; install?: null; lease?: null; leaseAck?: null; reserve?: null; reserved?: null }|{ body?: "seal"; req?: null; fwd?: null; deliver?: null; nack?: null; seal: seq.Seal.$Shape; sealed?: null; refused?: null; install?: null; lease?: null; leaseAck?: null; reserve?: null; reserved?: null }|{ body?: "sealed"; req?: null; fwd?: null; deliver?: null; nack?: null; seal?: null; sealed: seq.Sealed.$Shape; refused?: null; install?: null; lease?: null; leaseAck?: null; reserve?: null; reserved?: null }|{ body?: "refused"; req?: null; fwd?: null; deliver?: null; nack?: null; seal?: null; sealed?: null; refused: seq.Refused.$Shape; install?: null; lease?: null; leaseAck?: null; reserve?: null; reserved?: null }|{ body?: "install"; req?: null; fwd?: null; deliver?: null; nack?: null; seal?: null; sealed?: null; refused?: null; install: seq.Install.$Shape; lease?: null; leaseAck?: null; reserve?: null; reserved?: null }|{ body?: "lease"; req?: null; fwd?: null; deliver?: null; nack?: null; seal?: null; sealed?: null; refused?: null; install?: null; lease: seq.Lease.$Shape; leaseAck?: null; reserve?: null; reserved?: null }|{ body?: "leaseAck"; req?: null; fwd?: null; deliver?: null; nack?: null; seal?: null; sealed?: null; refused?: null; install?: null; lease?: null; leaseAck: seq.LeaseAck.$Shape; reserve?: null; reserved?: null }|{ body?: "reserve"; req?: null; fwd?: null; deliver?: null; nack?: null; seal?: null; sealed?: null; refused?: null; install?: null; lease?: null; leaseAck?: null; reserve: seq.Reserve.$Shape; reserved?: null }|{ body?: "reserved"; req?: null; fwd?: null; deliver?: null; nack?: null; seal?: null; sealed?: null; refused?: null; install?: null; lease?: null; leaseAck?: null; reserve?: null; reserved: seq.Reserved.$Shape })
         * )} seq.SeqMessage.$Shape
         */

        /**
         * Constructs a new SeqMessage.
         * @memberof seq
         * @classdesc Represents a SeqMessage.
         * @constructor
         * @param {seq.SeqMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SeqMessage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SeqMessage req.
         * @member {seq.Req.$Properties|null|undefined} req
         * @memberof seq.SeqMessage
         * @instance
         */
        SeqMessage.prototype.req = null;

        /**
         * SeqMessage fwd.
         * @member {seq.Fwd.$Properties|null|undefined} fwd
         * @memberof seq.SeqMessage
         * @instance
         */
        SeqMessage.prototype.fwd = null;

        /**
         * SeqMessage deliver.
         * @member {seq.Deliver.$Properties|null|undefined} deliver
         * @memberof seq.SeqMessage
         * @instance
         */
        SeqMessage.prototype.deliver = null;

        /**
         * SeqMessage nack.
         * @member {seq.Nack.$Properties|null|undefined} nack
         * @memberof seq.SeqMessage
         * @instance
         */
        SeqMessage.prototype.nack = null;

        /**
         * SeqMessage seal.
         * @member {seq.Seal.$Properties|null|undefined} seal
         * @memberof seq.SeqMessage
         * @instance
         */
        SeqMessage.prototype.seal = null;

        /**
         * SeqMessage sealed.
         * @member {seq.Sealed.$Properties|null|undefined} sealed
         * @memberof seq.SeqMessage
         * @instance
         */
        SeqMessage.prototype.sealed = null;

        /**
         * SeqMessage refused.
         * @member {seq.Refused.$Properties|null|undefined} refused
         * @memberof seq.SeqMessage
         * @instance
         */
        SeqMessage.prototype.refused = null;

        /**
         * SeqMessage install.
         * @member {seq.Install.$Properties|null|undefined} install
         * @memberof seq.SeqMessage
         * @instance
         */
        SeqMessage.prototype.install = null;

        /**
         * SeqMessage lease.
         * @member {seq.Lease.$Properties|null|undefined} lease
         * @memberof seq.SeqMessage
         * @instance
         */
        SeqMessage.prototype.lease = null;

        /**
         * SeqMessage leaseAck.
         * @member {seq.LeaseAck.$Properties|null|undefined} leaseAck
         * @memberof seq.SeqMessage
         * @instance
         */
        SeqMessage.prototype.leaseAck = null;

        /**
         * SeqMessage reserve.
         * @member {seq.Reserve.$Properties|null|undefined} reserve
         * @memberof seq.SeqMessage
         * @instance
         */
        SeqMessage.prototype.reserve = null;

        /**
         * SeqMessage reserved.
         * @member {seq.Reserved.$Properties|null|undefined} reserved
         * @memberof seq.SeqMessage
         * @instance
         */
        SeqMessage.prototype.reserved = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * SeqMessage body.
         * @member {"req"|"fwd"|"deliver"|"nack"|"seal"|"sealed"|"refused"|"install"|"lease"|"leaseAck"|"reserve"|"reserved"|undefined} body
         * @memberof seq.SeqMessage
         * @instance
         */
        $Object.defineProperty(SeqMessage.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["req", "fwd", "deliver", "nack", "seal", "sealed", "refused", "install", "lease", "leaseAck", "reserve", "reserved"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified SeqMessage message. Does not implicitly {@link seq.SeqMessage.verify|verify} messages.
         * @function encode
         * @memberof seq.SeqMessage
         * @static
         * @param {seq.SeqMessage.$Properties} message SeqMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SeqMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.req != null && $Object.hasOwnProperty.call(message, "req"))
                $root.seq.Req.encode(message.req, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.fwd != null && $Object.hasOwnProperty.call(message, "fwd"))
                $root.seq.Fwd.encode(message.fwd, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.deliver != null && $Object.hasOwnProperty.call(message, "deliver"))
                $root.seq.Deliver.encode(message.deliver, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.nack != null && $Object.hasOwnProperty.call(message, "nack"))
                $root.seq.Nack.encode(message.nack, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.seal != null && $Object.hasOwnProperty.call(message, "seal"))
                $root.seq.Seal.encode(message.seal, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.sealed != null && $Object.hasOwnProperty.call(message, "sealed"))
                $root.seq.Sealed.encode(message.sealed, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.refused != null && $Object.hasOwnProperty.call(message, "refused"))
                $root.seq.Refused.encode(message.refused, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.install != null && $Object.hasOwnProperty.call(message, "install"))
                $root.seq.Install.encode(message.install, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.lease != null && $Object.hasOwnProperty.call(message, "lease"))
                $root.seq.Lease.encode(message.lease, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
            if (message.leaseAck != null && $Object.hasOwnProperty.call(message, "leaseAck"))
                $root.seq.LeaseAck.encode(message.leaseAck, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.reserve != null && $Object.hasOwnProperty.call(message, "reserve"))
                $root.seq.Reserve.encode(message.reserve, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
            if (message.reserved != null && $Object.hasOwnProperty.call(message, "reserved"))
                $root.seq.Reserved.encode(message.reserved, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified SeqMessage message, length delimited. Does not implicitly {@link seq.SeqMessage.verify|verify} messages.
         * @function encodeDelimited
         * @memberof seq.SeqMessage
         * @static
         * @param {seq.SeqMessage.$Properties} message SeqMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SeqMessage.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SeqMessage message from the specified reader or buffer.
         * @function decode
         * @memberof seq.SeqMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {seq.SeqMessage & seq.SeqMessage.$Shape} SeqMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SeqMessage.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.seq.SeqMessage();
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
                        message.req = $root.seq.Req.decode(reader, reader.size(), $undefined, _depth + 1, message.req);
                        message.body = "req";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.fwd = $root.seq.Fwd.decode(reader, reader.size(), $undefined, _depth + 1, message.fwd);
                        message.body = "fwd";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.deliver = $root.seq.Deliver.decode(reader, reader.size(), $undefined, _depth + 1, message.deliver);
                        message.body = "deliver";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.nack = $root.seq.Nack.decode(reader, reader.size(), $undefined, _depth + 1, message.nack);
                        message.body = "nack";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.seal = $root.seq.Seal.decode(reader, reader.size(), $undefined, _depth + 1, message.seal);
                        message.body = "seal";
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.sealed = $root.seq.Sealed.decode(reader, reader.size(), $undefined, _depth + 1, message.sealed);
                        message.body = "sealed";
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.refused = $root.seq.Refused.decode(reader, reader.size(), $undefined, _depth + 1, message.refused);
                        message.body = "refused";
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.install = $root.seq.Install.decode(reader, reader.size(), $undefined, _depth + 1, message.install);
                        message.body = "install";
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.lease = $root.seq.Lease.decode(reader, reader.size(), $undefined, _depth + 1, message.lease);
                        message.body = "lease";
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.leaseAck = $root.seq.LeaseAck.decode(reader, reader.size(), $undefined, _depth + 1, message.leaseAck);
                        message.body = "leaseAck";
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        message.reserve = $root.seq.Reserve.decode(reader, reader.size(), $undefined, _depth + 1, message.reserve);
                        message.body = "reserve";
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        message.reserved = $root.seq.Reserved.decode(reader, reader.size(), $undefined, _depth + 1, message.reserved);
                        message.body = "reserved";
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
         * Decodes a SeqMessage message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof seq.SeqMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {seq.SeqMessage & seq.SeqMessage.$Shape} SeqMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SeqMessage.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return SeqMessage;
    })();

    seq.SeqBatch = (function() {

        /**
         * Properties of a SeqBatch.
         * @typedef {Object} seq.SeqBatch.$Properties
         * @property {Array.<seq.SeqMessage.$Properties>|null} [messages] SeqBatch messages
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SeqBatch.
         * @memberof seq
         * @interface ISeqBatch
         * @augments seq.SeqBatch.$Properties
         * @deprecated Use seq.SeqBatch.$Properties instead.
         */

        /**
         * Shape of a SeqBatch.
         * @typedef {{
         *   messages?: Array.<seq.SeqMessage.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} seq.SeqBatch.$Shape
         */

        /**
         * Constructs a new SeqBatch.
         * @memberof seq
         * @classdesc Represents a SeqBatch.
         * @constructor
         * @param {seq.SeqBatch.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SeqBatch = function (properties) {
            this.messages = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SeqBatch messages.
         * @member {Array.<seq.SeqMessage.$Properties>} messages
         * @memberof seq.SeqBatch
         * @instance
         */
        SeqBatch.prototype.messages = $util.emptyArray;

        /**
         * Encodes the specified SeqBatch message. Does not implicitly {@link seq.SeqBatch.verify|verify} messages.
         * @function encode
         * @memberof seq.SeqBatch
         * @static
         * @param {seq.SeqBatch.$Properties} message SeqBatch message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SeqBatch.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.messages != null && message.messages.length)
                for (let i = 0; i < message.messages.length; ++i)
                    $root.seq.SeqMessage.encode(message.messages[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified SeqBatch message, length delimited. Does not implicitly {@link seq.SeqBatch.verify|verify} messages.
         * @function encodeDelimited
         * @memberof seq.SeqBatch
         * @static
         * @param {seq.SeqBatch.$Properties} message SeqBatch message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SeqBatch.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SeqBatch message from the specified reader or buffer.
         * @function decode
         * @memberof seq.SeqBatch
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {seq.SeqBatch & seq.SeqBatch.$Shape} SeqBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SeqBatch.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.seq.SeqBatch();
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
                        if (!(message.messages && message.messages.length))
                            message.messages = [];
                        message.messages.push($root.seq.SeqMessage.decode(reader, reader.size(), $undefined, _depth + 1));
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
         * Decodes a SeqBatch message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof seq.SeqBatch
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {seq.SeqBatch & seq.SeqBatch.$Shape} SeqBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SeqBatch.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return SeqBatch;
    })();

    seq.NextRequest = (function() {

        /**
         * Properties of a NextRequest.
         * @typedef {Object} seq.NextRequest.$Properties
         * @property {number|null} [count] NextRequest count
         * @property {number|Long|null} [floor] NextRequest floor
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NextRequest.
         * @memberof seq
         * @interface INextRequest
         * @augments seq.NextRequest.$Properties
         * @deprecated Use seq.NextRequest.$Properties instead.
         */

        /**
         * Shape of a NextRequest.
         * @typedef {seq.NextRequest.$Properties} seq.NextRequest.$Shape
         */

        /**
         * Constructs a new NextRequest.
         * @memberof seq
         * @classdesc Represents a NextRequest.
         * @constructor
         * @param {seq.NextRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NextRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * NextRequest count.
         * @member {number} count
         * @memberof seq.NextRequest
         * @instance
         */
        NextRequest.prototype.count = 0;

        /**
         * NextRequest floor.
         * @member {number|Long} floor
         * @memberof seq.NextRequest
         * @instance
         */
        NextRequest.prototype.floor = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified NextRequest message. Does not implicitly {@link seq.NextRequest.verify|verify} messages.
         * @function encode
         * @memberof seq.NextRequest
         * @static
         * @param {seq.NextRequest.$Properties} message NextRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NextRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.count);
            if (message.floor != null && $Object.hasOwnProperty.call(message, "floor") && (typeof message.floor === "object" ? message.floor.low || message.floor.high : message.floor !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.floor);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified NextRequest message, length delimited. Does not implicitly {@link seq.NextRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof seq.NextRequest
         * @static
         * @param {seq.NextRequest.$Properties} message NextRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NextRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a NextRequest message from the specified reader or buffer.
         * @function decode
         * @memberof seq.NextRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {seq.NextRequest & seq.NextRequest.$Shape} NextRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NextRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.seq.NextRequest();
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
                            message.count = value;
                        else
                            delete message.count;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.floor = value;
                        else
                            delete message.floor;
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
         * Decodes a NextRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof seq.NextRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {seq.NextRequest & seq.NextRequest.$Shape} NextRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NextRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return NextRequest;
    })();

    seq.NextReply = (function() {

        /**
         * Properties of a NextReply.
         * @typedef {Object} seq.NextReply.$Properties
         * @property {number|Long|null} [start] NextReply start
         * @property {number|null} [count] NextReply count
         * @property {number|Long|null} [epoch] NextReply epoch
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NextReply.
         * @memberof seq
         * @interface INextReply
         * @augments seq.NextReply.$Properties
         * @deprecated Use seq.NextReply.$Properties instead.
         */

        /**
         * Shape of a NextReply.
         * @typedef {seq.NextReply.$Properties} seq.NextReply.$Shape
         */

        /**
         * Constructs a new NextReply.
         * @memberof seq
         * @classdesc Represents a NextReply.
         * @constructor
         * @param {seq.NextReply.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NextReply = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * NextReply start.
         * @member {number|Long} start
         * @memberof seq.NextReply
         * @instance
         */
        NextReply.prototype.start = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * NextReply count.
         * @member {number} count
         * @memberof seq.NextReply
         * @instance
         */
        NextReply.prototype.count = 0;

        /**
         * NextReply epoch.
         * @member {number|Long} epoch
         * @memberof seq.NextReply
         * @instance
         */
        NextReply.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified NextReply message. Does not implicitly {@link seq.NextReply.verify|verify} messages.
         * @function encode
         * @memberof seq.NextReply
         * @static
         * @param {seq.NextReply.$Properties} message NextReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NextReply.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.start != null && $Object.hasOwnProperty.call(message, "start") && (typeof message.start === "object" ? message.start.low || message.start.high : message.start !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.start);
            if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.count);
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.epoch);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified NextReply message, length delimited. Does not implicitly {@link seq.NextReply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof seq.NextReply
         * @static
         * @param {seq.NextReply.$Properties} message NextReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NextReply.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a NextReply message from the specified reader or buffer.
         * @function decode
         * @memberof seq.NextReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {seq.NextReply & seq.NextReply.$Shape} NextReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NextReply.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.seq.NextReply();
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
                            message.start = value;
                        else
                            delete message.start;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.count = value;
                        else
                            delete message.count;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.epoch = value;
                        else
                            delete message.epoch;
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
         * Decodes a NextReply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof seq.NextReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {seq.NextReply & seq.NextReply.$Shape} NextReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NextReply.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return NextReply;
    })();

    seq.StatusRequest = (function() {

        /**
         * Properties of a StatusRequest.
         * @typedef {Object} seq.StatusRequest.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StatusRequest.
         * @memberof seq
         * @interface IStatusRequest
         * @augments seq.StatusRequest.$Properties
         * @deprecated Use seq.StatusRequest.$Properties instead.
         */

        /**
         * Shape of a StatusRequest.
         * @typedef {seq.StatusRequest.$Properties} seq.StatusRequest.$Shape
         */

        /**
         * Constructs a new StatusRequest.
         * @memberof seq
         * @classdesc Represents a StatusRequest.
         * @constructor
         * @param {seq.StatusRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StatusRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified StatusRequest message. Does not implicitly {@link seq.StatusRequest.verify|verify} messages.
         * @function encode
         * @memberof seq.StatusRequest
         * @static
         * @param {seq.StatusRequest.$Properties} message StatusRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusRequest.encode = function (message, writer, _depth) {
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
         * Encodes the specified StatusRequest message, length delimited. Does not implicitly {@link seq.StatusRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof seq.StatusRequest
         * @static
         * @param {seq.StatusRequest.$Properties} message StatusRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a StatusRequest message from the specified reader or buffer.
         * @function decode
         * @memberof seq.StatusRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {seq.StatusRequest & seq.StatusRequest.$Shape} StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.seq.StatusRequest();
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
         * Decodes a StatusRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof seq.StatusRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {seq.StatusRequest & seq.StatusRequest.$Shape} StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return StatusRequest;
    })();

    seq.StatusReply = (function() {

        /**
         * Properties of a StatusReply.
         * @typedef {Object} seq.StatusReply.$Properties
         * @property {seq.Layout.$Properties|null} [layout] StatusReply layout
         * @property {string|null} [role] StatusReply role
         * @property {boolean|null} [serving] StatusReply serving
         * @property {number|Long|null} [promised] StatusReply promised
         * @property {number|Long|null} [reserved] StatusReply reserved
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StatusReply.
         * @memberof seq
         * @interface IStatusReply
         * @augments seq.StatusReply.$Properties
         * @deprecated Use seq.StatusReply.$Properties instead.
         */

        /**
         * Shape of a StatusReply.
         * @typedef {seq.StatusReply.$Properties} seq.StatusReply.$Shape
         */

        /**
         * Constructs a new StatusReply.
         * @memberof seq
         * @classdesc Represents a StatusReply.
         * @constructor
         * @param {seq.StatusReply.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StatusReply = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * StatusReply layout.
         * @member {seq.Layout.$Properties|null|undefined} layout
         * @memberof seq.StatusReply
         * @instance
         */
        StatusReply.prototype.layout = null;

        /**
         * StatusReply role.
         * @member {string} role
         * @memberof seq.StatusReply
         * @instance
         */
        StatusReply.prototype.role = "";

        /**
         * StatusReply serving.
         * @member {boolean} serving
         * @memberof seq.StatusReply
         * @instance
         */
        StatusReply.prototype.serving = false;

        /**
         * StatusReply promised.
         * @member {number|Long} promised
         * @memberof seq.StatusReply
         * @instance
         */
        StatusReply.prototype.promised = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatusReply reserved.
         * @member {number|Long} reserved
         * @memberof seq.StatusReply
         * @instance
         */
        StatusReply.prototype.reserved = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified StatusReply message. Does not implicitly {@link seq.StatusReply.verify|verify} messages.
         * @function encode
         * @memberof seq.StatusReply
         * @static
         * @param {seq.StatusReply.$Properties} message StatusReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusReply.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.layout != null && $Object.hasOwnProperty.call(message, "layout"))
                $root.seq.Layout.encode(message.layout, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.role);
            if (message.serving != null && $Object.hasOwnProperty.call(message, "serving") && message.serving !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.serving);
            if (message.promised != null && $Object.hasOwnProperty.call(message, "promised") && (typeof message.promised === "object" ? message.promised.low || message.promised.high : message.promised !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.promised);
            if (message.reserved != null && $Object.hasOwnProperty.call(message, "reserved") && (typeof message.reserved === "object" ? message.reserved.low || message.reserved.high : message.reserved !== 0))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.reserved);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified StatusReply message, length delimited. Does not implicitly {@link seq.StatusReply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof seq.StatusReply
         * @static
         * @param {seq.StatusReply.$Properties} message StatusReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusReply.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a StatusReply message from the specified reader or buffer.
         * @function decode
         * @memberof seq.StatusReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {seq.StatusReply & seq.StatusReply.$Shape} StatusReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusReply.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.seq.StatusReply();
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
                        message.layout = $root.seq.Layout.decode(reader, reader.size(), $undefined, _depth + 1, message.layout);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.role = value;
                        else
                            delete message.role;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.serving = value;
                        else
                            delete message.serving;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.promised = value;
                        else
                            delete message.promised;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.reserved = value;
                        else
                            delete message.reserved;
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
         * Decodes a StatusReply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof seq.StatusReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {seq.StatusReply & seq.StatusReply.$Shape} StatusReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusReply.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return StatusReply;
    })();

    seq.SeqCall = (function() {

        /**
         * Properties of a SeqCall.
         * @typedef {Object} seq.SeqCall.$Properties
         * @property {seq.NextRequest.$Properties|null} [next] SeqCall next
         * @property {seq.StatusRequest.$Properties|null} [status] SeqCall status
         * @property {"next"|"status"} [body] SeqCall body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SeqCall.
         * @memberof seq
         * @interface ISeqCall
         * @augments seq.SeqCall.$Properties
         * @deprecated Use seq.SeqCall.$Properties instead.
         */

        /**
         * Narrowed shape of a SeqCall.
         * @typedef {{
         *   next?: seq.NextRequest.$Shape|null;
         *   status?: seq.StatusRequest.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ body?: undefined; next?: null; status?: null }|{ body?: "next"; next: seq.NextRequest.$Shape; status?: null }|{ body?: "status"; next?: null; status: seq.StatusRequest.$Shape })
         * )} seq.SeqCall.$Shape
         */

        /**
         * Constructs a new SeqCall.
         * @memberof seq
         * @classdesc Represents a SeqCall.
         * @constructor
         * @param {seq.SeqCall.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SeqCall = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SeqCall next.
         * @member {seq.NextRequest.$Properties|null|undefined} next
         * @memberof seq.SeqCall
         * @instance
         */
        SeqCall.prototype.next = null;

        /**
         * SeqCall status.
         * @member {seq.StatusRequest.$Properties|null|undefined} status
         * @memberof seq.SeqCall
         * @instance
         */
        SeqCall.prototype.status = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * SeqCall body.
         * @member {"next"|"status"|undefined} body
         * @memberof seq.SeqCall
         * @instance
         */
        $Object.defineProperty(SeqCall.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["next", "status"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified SeqCall message. Does not implicitly {@link seq.SeqCall.verify|verify} messages.
         * @function encode
         * @memberof seq.SeqCall
         * @static
         * @param {seq.SeqCall.$Properties} message SeqCall message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SeqCall.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.next != null && $Object.hasOwnProperty.call(message, "next"))
                $root.seq.NextRequest.encode(message.next, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                $root.seq.StatusRequest.encode(message.status, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified SeqCall message, length delimited. Does not implicitly {@link seq.SeqCall.verify|verify} messages.
         * @function encodeDelimited
         * @memberof seq.SeqCall
         * @static
         * @param {seq.SeqCall.$Properties} message SeqCall message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SeqCall.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SeqCall message from the specified reader or buffer.
         * @function decode
         * @memberof seq.SeqCall
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {seq.SeqCall & seq.SeqCall.$Shape} SeqCall
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SeqCall.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.seq.SeqCall();
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
                        message.next = $root.seq.NextRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.next);
                        message.body = "next";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.status = $root.seq.StatusRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                        message.body = "status";
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
         * Decodes a SeqCall message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof seq.SeqCall
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {seq.SeqCall & seq.SeqCall.$Shape} SeqCall
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SeqCall.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return SeqCall;
    })();

    seq.SeqCallReply = (function() {

        /**
         * Properties of a SeqCallReply.
         * @typedef {Object} seq.SeqCallReply.$Properties
         * @property {seq.NextReply.$Properties|null} [next] SeqCallReply next
         * @property {seq.StatusReply.$Properties|null} [status] SeqCallReply status
         * @property {"next"|"status"} [body] SeqCallReply body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SeqCallReply.
         * @memberof seq
         * @interface ISeqCallReply
         * @augments seq.SeqCallReply.$Properties
         * @deprecated Use seq.SeqCallReply.$Properties instead.
         */

        /**
         * Narrowed shape of a SeqCallReply.
         * @typedef {{
         *   next?: seq.NextReply.$Shape|null;
         *   status?: seq.StatusReply.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ body?: undefined; next?: null; status?: null }|{ body?: "next"; next: seq.NextReply.$Shape; status?: null }|{ body?: "status"; next?: null; status: seq.StatusReply.$Shape })
         * )} seq.SeqCallReply.$Shape
         */

        /**
         * Constructs a new SeqCallReply.
         * @memberof seq
         * @classdesc Represents a SeqCallReply.
         * @constructor
         * @param {seq.SeqCallReply.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SeqCallReply = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SeqCallReply next.
         * @member {seq.NextReply.$Properties|null|undefined} next
         * @memberof seq.SeqCallReply
         * @instance
         */
        SeqCallReply.prototype.next = null;

        /**
         * SeqCallReply status.
         * @member {seq.StatusReply.$Properties|null|undefined} status
         * @memberof seq.SeqCallReply
         * @instance
         */
        SeqCallReply.prototype.status = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * SeqCallReply body.
         * @member {"next"|"status"|undefined} body
         * @memberof seq.SeqCallReply
         * @instance
         */
        $Object.defineProperty(SeqCallReply.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["next", "status"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified SeqCallReply message. Does not implicitly {@link seq.SeqCallReply.verify|verify} messages.
         * @function encode
         * @memberof seq.SeqCallReply
         * @static
         * @param {seq.SeqCallReply.$Properties} message SeqCallReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SeqCallReply.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.next != null && $Object.hasOwnProperty.call(message, "next"))
                $root.seq.NextReply.encode(message.next, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                $root.seq.StatusReply.encode(message.status, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified SeqCallReply message, length delimited. Does not implicitly {@link seq.SeqCallReply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof seq.SeqCallReply
         * @static
         * @param {seq.SeqCallReply.$Properties} message SeqCallReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SeqCallReply.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SeqCallReply message from the specified reader or buffer.
         * @function decode
         * @memberof seq.SeqCallReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {seq.SeqCallReply & seq.SeqCallReply.$Shape} SeqCallReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SeqCallReply.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.seq.SeqCallReply();
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
                        message.next = $root.seq.NextReply.decode(reader, reader.size(), $undefined, _depth + 1, message.next);
                        message.body = "next";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.status = $root.seq.StatusReply.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                        message.body = "status";
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
         * Decodes a SeqCallReply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof seq.SeqCallReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {seq.SeqCallReply & seq.SeqCallReply.$Shape} SeqCallReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SeqCallReply.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return SeqCallReply;
    })();

    return seq;
})();

export {
  $root as default
};
