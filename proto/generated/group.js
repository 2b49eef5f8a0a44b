/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const group = $root.group = (() => {

    /**
     * Namespace group.
     * @exports group
     * @namespace
     */
    const group = {};

    group.Instance = (function() {

        /**
         * Properties of an Instance.
         * @typedef {Object} group.Instance.$Properties
         * @property {string|null} [id] Instance id
         * @property {string|null} [group] Instance group
         * @property {boolean|null} [critical] Instance critical
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Instance.
         * @memberof group
         * @interface IInstance
         * @augments group.Instance.$Properties
         * @deprecated Use group.Instance.$Properties instead.
         */

        /**
         * Shape of an Instance.
         * @typedef {group.Instance.$Properties} group.Instance.$Shape
         */

        /**
         * Constructs a new Instance.
         * @memberof group
         * @classdesc Represents an Instance.
         * @constructor
         * @param {group.Instance.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Instance = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Instance id.
         * @member {string} id
         * @memberof group.Instance
         * @instance
         */
        Instance.prototype.id = "";

        /**
         * Instance group.
         * @member {string} group
         * @memberof group.Instance
         * @instance
         */
        Instance.prototype.group = "";

        /**
         * Instance critical.
         * @member {boolean} critical
         * @memberof group.Instance
         * @instance
         */
        Instance.prototype.critical = false;

        /**
         * Encodes the specified Instance message. Does not implicitly {@link group.Instance.verify|verify} messages.
         * @function encode
         * @memberof group.Instance
         * @static
         * @param {group.Instance.$Properties} message Instance message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Instance.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
            if (message.group != null && $Object.hasOwnProperty.call(message, "group") && message.group !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.group);
            if (message.critical != null && $Object.hasOwnProperty.call(message, "critical") && message.critical !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.critical);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Instance message, length delimited. Does not implicitly {@link group.Instance.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.Instance
         * @static
         * @param {group.Instance.$Properties} message Instance message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Instance.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an Instance message from the specified reader or buffer.
         * @function decode
         * @memberof group.Instance
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.Instance & group.Instance.$Shape} Instance
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Instance.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.Instance();
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
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.group = value;
                        else
                            delete message.group;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.critical = value;
                        else
                            delete message.critical;
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
         * Decodes an Instance message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.Instance
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.Instance & group.Instance.$Shape} Instance
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Instance.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Instance;
    })();

    group.Origin = (function() {

        /**
         * Properties of an Origin.
         * @typedef {Object} group.Origin.$Properties
         * @property {string|null} [node] Origin node
         * @property {number|null} [boot] Origin boot
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Origin.
         * @memberof group
         * @interface IOrigin
         * @augments group.Origin.$Properties
         * @deprecated Use group.Origin.$Properties instead.
         */

        /**
         * Shape of an Origin.
         * @typedef {group.Origin.$Properties} group.Origin.$Shape
         */

        /**
         * Constructs a new Origin.
         * @memberof group
         * @classdesc Represents an Origin.
         * @constructor
         * @param {group.Origin.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Origin = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Origin node.
         * @member {string} node
         * @memberof group.Origin
         * @instance
         */
        Origin.prototype.node = "";

        /**
         * Origin boot.
         * @member {number} boot
         * @memberof group.Origin
         * @instance
         */
        Origin.prototype.boot = 0;

        /**
         * Encodes the specified Origin message. Does not implicitly {@link group.Origin.verify|verify} messages.
         * @function encode
         * @memberof group.Origin
         * @static
         * @param {group.Origin.$Properties} message Origin message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Origin.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
            if (message.boot != null && $Object.hasOwnProperty.call(message, "boot") && message.boot !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.boot);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Origin message, length delimited. Does not implicitly {@link group.Origin.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.Origin
         * @static
         * @param {group.Origin.$Properties} message Origin message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Origin.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an Origin message from the specified reader or buffer.
         * @function decode
         * @memberof group.Origin
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.Origin & group.Origin.$Shape} Origin
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Origin.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.Origin();
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
                            message.boot = value;
                        else
                            delete message.boot;
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
         * Decodes an Origin message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.Origin
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.Origin & group.Origin.$Shape} Origin
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Origin.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Origin;
    })();

    group.AppMessage = (function() {

        /**
         * Properties of an AppMessage.
         * @typedef {Object} group.AppMessage.$Properties
         * @property {string|null} [group] AppMessage group
         * @property {string|null} [instance] AppMessage instance
         * @property {Uint8Array|null} [payload] AppMessage payload
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AppMessage.
         * @memberof group
         * @interface IAppMessage
         * @augments group.AppMessage.$Properties
         * @deprecated Use group.AppMessage.$Properties instead.
         */

        /**
         * Shape of an AppMessage.
         * @typedef {group.AppMessage.$Properties} group.AppMessage.$Shape
         */

        /**
         * Constructs a new AppMessage.
         * @memberof group
         * @classdesc Represents an AppMessage.
         * @constructor
         * @param {group.AppMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AppMessage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AppMessage group.
         * @member {string} group
         * @memberof group.AppMessage
         * @instance
         */
        AppMessage.prototype.group = "";

        /**
         * AppMessage instance.
         * @member {string} instance
         * @memberof group.AppMessage
         * @instance
         */
        AppMessage.prototype.instance = "";

        /**
         * AppMessage payload.
         * @member {Uint8Array} payload
         * @memberof group.AppMessage
         * @instance
         */
        AppMessage.prototype.payload = $util.newBuffer([]);

        /**
         * Encodes the specified AppMessage message. Does not implicitly {@link group.AppMessage.verify|verify} messages.
         * @function encode
         * @memberof group.AppMessage
         * @static
         * @param {group.AppMessage.$Properties} message AppMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AppMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.group != null && $Object.hasOwnProperty.call(message, "group") && message.group !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.group);
            if (message.instance != null && $Object.hasOwnProperty.call(message, "instance") && message.instance !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.instance);
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.payload);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified AppMessage message, length delimited. Does not implicitly {@link group.AppMessage.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.AppMessage
         * @static
         * @param {group.AppMessage.$Properties} message AppMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AppMessage.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an AppMessage message from the specified reader or buffer.
         * @function decode
         * @memberof group.AppMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.AppMessage & group.AppMessage.$Shape} AppMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AppMessage.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.AppMessage();
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
                            message.group = value;
                        else
                            delete message.group;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.instance = value;
                        else
                            delete message.instance;
                        continue;
                    }
                case 3: {
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
         * Decodes an AppMessage message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.AppMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.AppMessage & group.AppMessage.$Shape} AppMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AppMessage.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return AppMessage;
    })();

    group.Join = (function() {

        /**
         * Properties of a Join.
         * @typedef {Object} group.Join.$Properties
         * @property {group.Instance.$Properties|null} [instance] Join instance
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Join.
         * @memberof group
         * @interface IJoin
         * @augments group.Join.$Properties
         * @deprecated Use group.Join.$Properties instead.
         */

        /**
         * Shape of a Join.
         * @typedef {group.Join.$Properties} group.Join.$Shape
         */

        /**
         * Constructs a new Join.
         * @memberof group
         * @classdesc Represents a Join.
         * @constructor
         * @param {group.Join.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Join = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Join instance.
         * @member {group.Instance.$Properties|null|undefined} instance
         * @memberof group.Join
         * @instance
         */
        Join.prototype.instance = null;

        /**
         * Encodes the specified Join message. Does not implicitly {@link group.Join.verify|verify} messages.
         * @function encode
         * @memberof group.Join
         * @static
         * @param {group.Join.$Properties} message Join message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Join.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.instance != null && $Object.hasOwnProperty.call(message, "instance"))
                $root.group.Instance.encode(message.instance, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Join message, length delimited. Does not implicitly {@link group.Join.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.Join
         * @static
         * @param {group.Join.$Properties} message Join message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Join.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Join message from the specified reader or buffer.
         * @function decode
         * @memberof group.Join
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.Join & group.Join.$Shape} Join
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Join.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.Join();
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
                        message.instance = $root.group.Instance.decode(reader, reader.size(), $undefined, _depth + 1, message.instance);
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
         * Decodes a Join message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.Join
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.Join & group.Join.$Shape} Join
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Join.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Join;
    })();

    /**
     * ExitState enum.
     * @name group.ExitState
     * @enum {number}
     * @property {number} EXIT_STATE_UNSPECIFIED=0 EXIT_STATE_UNSPECIFIED value
     * @property {number} UNREGISTERED=1 UNREGISTERED value
     * @property {number} UNKNOWN=2 UNKNOWN value
     */
    group.ExitState = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "EXIT_STATE_UNSPECIFIED"] = 0;
        values[valuesById[1] = "UNREGISTERED"] = 1;
        values[valuesById[2] = "UNKNOWN"] = 2;
        return values;
    })();

    group.Leave = (function() {

        /**
         * Properties of a Leave.
         * @typedef {Object} group.Leave.$Properties
         * @property {string|null} [instance] Leave instance
         * @property {group.ExitState|null} [state] Leave state
         * @property {string|null} [reason] Leave reason
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Leave.
         * @memberof group
         * @interface ILeave
         * @augments group.Leave.$Properties
         * @deprecated Use group.Leave.$Properties instead.
         */

        /**
         * Shape of a Leave.
         * @typedef {group.Leave.$Properties} group.Leave.$Shape
         */

        /**
         * Constructs a new Leave.
         * @memberof group
         * @classdesc Represents a Leave.
         * @constructor
         * @param {group.Leave.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Leave = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Leave instance.
         * @member {string} instance
         * @memberof group.Leave
         * @instance
         */
        Leave.prototype.instance = "";

        /**
         * Leave state.
         * @member {group.ExitState} state
         * @memberof group.Leave
         * @instance
         */
        Leave.prototype.state = 0;

        /**
         * Leave reason.
         * @member {string} reason
         * @memberof group.Leave
         * @instance
         */
        Leave.prototype.reason = "";

        /**
         * Encodes the specified Leave message. Does not implicitly {@link group.Leave.verify|verify} messages.
         * @function encode
         * @memberof group.Leave
         * @static
         * @param {group.Leave.$Properties} message Leave message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Leave.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.instance != null && $Object.hasOwnProperty.call(message, "instance") && message.instance !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.instance);
            if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.state);
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Leave message, length delimited. Does not implicitly {@link group.Leave.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.Leave
         * @static
         * @param {group.Leave.$Properties} message Leave message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Leave.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Leave message from the specified reader or buffer.
         * @function decode
         * @memberof group.Leave
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.Leave & group.Leave.$Shape} Leave
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Leave.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.Leave();
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
                            message.instance = value;
                        else
                            delete message.instance;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.state = value;
                        else
                            delete message.state;
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
         * Decodes a Leave message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.Leave
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.Leave & group.Leave.$Shape} Leave
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Leave.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Leave;
    })();

    group.OriginSeq = (function() {

        /**
         * Properties of an OriginSeq.
         * @typedef {Object} group.OriginSeq.$Properties
         * @property {group.Origin.$Properties|null} [origin] OriginSeq origin
         * @property {number|Long|null} [seq] OriginSeq seq
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an OriginSeq.
         * @memberof group
         * @interface IOriginSeq
         * @augments group.OriginSeq.$Properties
         * @deprecated Use group.OriginSeq.$Properties instead.
         */

        /**
         * Shape of an OriginSeq.
         * @typedef {group.OriginSeq.$Properties} group.OriginSeq.$Shape
         */

        /**
         * Constructs a new OriginSeq.
         * @memberof group
         * @classdesc Represents an OriginSeq.
         * @constructor
         * @param {group.OriginSeq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const OriginSeq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * OriginSeq origin.
         * @member {group.Origin.$Properties|null|undefined} origin
         * @memberof group.OriginSeq
         * @instance
         */
        OriginSeq.prototype.origin = null;

        /**
         * OriginSeq seq.
         * @member {number|Long} seq
         * @memberof group.OriginSeq
         * @instance
         */
        OriginSeq.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified OriginSeq message. Does not implicitly {@link group.OriginSeq.verify|verify} messages.
         * @function encode
         * @memberof group.OriginSeq
         * @static
         * @param {group.OriginSeq.$Properties} message OriginSeq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OriginSeq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.origin != null && $Object.hasOwnProperty.call(message, "origin"))
                $root.group.Origin.encode(message.origin, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified OriginSeq message, length delimited. Does not implicitly {@link group.OriginSeq.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.OriginSeq
         * @static
         * @param {group.OriginSeq.$Properties} message OriginSeq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OriginSeq.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an OriginSeq message from the specified reader or buffer.
         * @function decode
         * @memberof group.OriginSeq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.OriginSeq & group.OriginSeq.$Shape} OriginSeq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OriginSeq.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.OriginSeq();
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
                        message.origin = $root.group.Origin.decode(reader, reader.size(), $undefined, _depth + 1, message.origin);
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.seq = value;
                        else
                            delete message.seq;
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
         * Decodes an OriginSeq message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.OriginSeq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.OriginSeq & group.OriginSeq.$Shape} OriginSeq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OriginSeq.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return OriginSeq;
    })();

    group.Snapshot = (function() {

        /**
         * Properties of a Snapshot.
         * @typedef {Object} group.Snapshot.$Properties
         * @property {Array.<group.Instance.$Properties>|null} [instances] Snapshot instances
         * @property {Array.<group.OriginSeq.$Properties>|null} [delivered] Snapshot delivered
         * @property {string|null} [history] Snapshot history
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Snapshot.
         * @memberof group
         * @interface ISnapshot
         * @augments group.Snapshot.$Properties
         * @deprecated Use group.Snapshot.$Properties instead.
         */

        /**
         * Shape of a Snapshot.
         * @typedef {group.Snapshot.$Properties} group.Snapshot.$Shape
         */

        /**
         * Constructs a new Snapshot.
         * @memberof group
         * @classdesc Represents a Snapshot.
         * @constructor
         * @param {group.Snapshot.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Snapshot = function (properties) {
            this.instances = [];
            this.delivered = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Snapshot instances.
         * @member {Array.<group.Instance.$Properties>} instances
         * @memberof group.Snapshot
         * @instance
         */
        Snapshot.prototype.instances = $util.emptyArray;

        /**
         * Snapshot delivered.
         * @member {Array.<group.OriginSeq.$Properties>} delivered
         * @memberof group.Snapshot
         * @instance
         */
        Snapshot.prototype.delivered = $util.emptyArray;

        /**
         * Snapshot history.
         * @member {string} history
         * @memberof group.Snapshot
         * @instance
         */
        Snapshot.prototype.history = "";

        /**
         * Encodes the specified Snapshot message. Does not implicitly {@link group.Snapshot.verify|verify} messages.
         * @function encode
         * @memberof group.Snapshot
         * @static
         * @param {group.Snapshot.$Properties} message Snapshot message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Snapshot.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.instances != null && message.instances.length)
                for (let i = 0; i < message.instances.length; ++i)
                    $root.group.Instance.encode(message.instances[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.delivered != null && message.delivered.length)
                for (let i = 0; i < message.delivered.length; ++i)
                    $root.group.OriginSeq.encode(message.delivered[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.history != null && $Object.hasOwnProperty.call(message, "history") && message.history !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.history);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Snapshot message, length delimited. Does not implicitly {@link group.Snapshot.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.Snapshot
         * @static
         * @param {group.Snapshot.$Properties} message Snapshot message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Snapshot.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Snapshot message from the specified reader or buffer.
         * @function decode
         * @memberof group.Snapshot
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.Snapshot & group.Snapshot.$Shape} Snapshot
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Snapshot.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.Snapshot();
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
                        if (!(message.instances && message.instances.length))
                            message.instances = [];
                        message.instances.push($root.group.Instance.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.delivered && message.delivered.length))
                            message.delivered = [];
                        message.delivered.push($root.group.OriginSeq.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.history = value;
                        else
                            delete message.history;
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
         * Decodes a Snapshot message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.Snapshot
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.Snapshot & group.Snapshot.$Shape} Snapshot
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Snapshot.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Snapshot;
    })();

    group.ViewChange = (function() {

        /**
         * Properties of a ViewChange.
         * @typedef {Object} group.ViewChange.$Properties
         * @property {number|Long|null} [view] ViewChange view
         * @property {Array.<group.Origin.$Properties>|null} [members] ViewChange members
         * @property {group.Snapshot.$Properties|null} [snapshot] ViewChange snapshot
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ViewChange.
         * @memberof group
         * @interface IViewChange
         * @augments group.ViewChange.$Properties
         * @deprecated Use group.ViewChange.$Properties instead.
         */

        /**
         * Shape of a ViewChange.
         * @typedef {group.ViewChange.$Properties} group.ViewChange.$Shape
         */

        /**
         * Constructs a new ViewChange.
         * @memberof group
         * @classdesc Represents a ViewChange.
         * @constructor
         * @param {group.ViewChange.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ViewChange = function (properties) {
            this.members = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ViewChange view.
         * @member {number|Long} view
         * @memberof group.ViewChange
         * @instance
         */
        ViewChange.prototype.view = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ViewChange members.
         * @member {Array.<group.Origin.$Properties>} members
         * @memberof group.ViewChange
         * @instance
         */
        ViewChange.prototype.members = $util.emptyArray;

        /**
         * ViewChange snapshot.
         * @member {group.Snapshot.$Properties|null|undefined} snapshot
         * @memberof group.ViewChange
         * @instance
         */
        ViewChange.prototype.snapshot = null;

        /**
         * Encodes the specified ViewChange message. Does not implicitly {@link group.ViewChange.verify|verify} messages.
         * @function encode
         * @memberof group.ViewChange
         * @static
         * @param {group.ViewChange.$Properties} message ViewChange message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ViewChange.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.view != null && $Object.hasOwnProperty.call(message, "view") && (typeof message.view === "object" ? message.view.low || message.view.high : message.view !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.view);
            if (message.members != null && message.members.length)
                for (let i = 0; i < message.members.length; ++i)
                    $root.group.Origin.encode(message.members[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                $root.group.Snapshot.encode(message.snapshot, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ViewChange message, length delimited. Does not implicitly {@link group.ViewChange.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.ViewChange
         * @static
         * @param {group.ViewChange.$Properties} message ViewChange message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ViewChange.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ViewChange message from the specified reader or buffer.
         * @function decode
         * @memberof group.ViewChange
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.ViewChange & group.ViewChange.$Shape} ViewChange
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ViewChange.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.ViewChange();
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
                            message.view = value;
                        else
                            delete message.view;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.members && message.members.length))
                            message.members = [];
                        message.members.push($root.group.Origin.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.snapshot = $root.group.Snapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshot);
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
         * Decodes a ViewChange message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.ViewChange
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.ViewChange & group.ViewChange.$Shape} ViewChange
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ViewChange.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return ViewChange;
    })();

    group.Entry = (function() {

        /**
         * Properties of an Entry.
         * @typedef {Object} group.Entry.$Properties
         * @property {number|Long|null} [gseq] Entry gseq
         * @property {group.Origin.$Properties|null} [origin] Entry origin
         * @property {number|Long|null} [seq] Entry seq
         * @property {group.AppMessage.$Properties|null} [message] Entry message
         * @property {group.Join.$Properties|null} [join] Entry join
         * @property {group.Leave.$Properties|null} [leave] Entry leave
         * @property {group.ViewChange.$Properties|null} [view] Entry view
         * @property {"message"|"join"|"leave"|"view"} [body] Entry body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Entry.
         * @memberof group
         * @interface IEntry
         * @augments group.Entry.$Properties
         * @deprecated Use group.Entry.$Properties instead.
         */

        /**
         * Narrowed shape of an Entry.
         * @typedef {{
         *   gseq?: number|Long|null;
         *   origin?: group.Origin.$Shape|null;
         *   seq?: number|Long|null;
         *   message?: group.AppMessage.$Shape|null;
         *   join?: group.Join.$Shape|null;
         *   leave?: group.Leave.$Shape|null;
         *   view?: group.ViewChange.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ body?: undefined; message?: null; join?: null; leave?: null; view?: null }|{ body?: "message"; message: group.AppMessage.$Shape; join?: null; leave?: null; view?: null }|{ body?: "join"; message?: null; join: group.Join.$Shape; leave?: null; view?: null }|{ body?: "leave"; message?: null; join?: null; leave: group.Leave.$Shape; view?: null }|{ body?: "view"; message?: null; join?: null; leave?: null; view: group.ViewChange.$Shape })
         * )} group.Entry.$Shape
         */

        /**
         * Constructs a new Entry.
         * @memberof group
         * @classdesc Represents an Entry.
         * @constructor
         * @param {group.Entry.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Entry = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Entry gseq.
         * @member {number|Long} gseq
         * @memberof group.Entry
         * @instance
         */
        Entry.prototype.gseq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Entry origin.
         * @member {group.Origin.$Properties|null|undefined} origin
         * @memberof group.Entry
         * @instance
         */
        Entry.prototype.origin = null;

        /**
         * Entry seq.
         * @member {number|Long} seq
         * @memberof group.Entry
         * @instance
         */
        Entry.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Entry message.
         * @member {group.AppMessage.$Properties|null|undefined} message
         * @memberof group.Entry
         * @instance
         */
        Entry.prototype.message = null;

        /**
         * Entry join.
         * @member {group.Join.$Properties|null|undefined} join
         * @memberof group.Entry
         * @instance
         */
        Entry.prototype.join = null;

        /**
         * Entry leave.
         * @member {group.Leave.$Properties|null|undefined} leave
         * @memberof group.Entry
         * @instance
         */
        Entry.prototype.leave = null;

        /**
         * Entry view.
         * @member {group.ViewChange.$Properties|null|undefined} view
         * @memberof group.Entry
         * @instance
         */
        Entry.prototype.view = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * Entry body.
         * @member {"message"|"join"|"leave"|"view"|undefined} body
         * @memberof group.Entry
         * @instance
         */
        $Object.defineProperty(Entry.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["message", "join", "leave", "view"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified Entry message. Does not implicitly {@link group.Entry.verify|verify} messages.
         * @function encode
         * @memberof group.Entry
         * @static
         * @param {group.Entry.$Properties} message Entry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Entry.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.gseq != null && $Object.hasOwnProperty.call(message, "gseq") && (typeof message.gseq === "object" ? message.gseq.low || message.gseq.high : message.gseq !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.gseq);
            if (message.origin != null && $Object.hasOwnProperty.call(message, "origin"))
                $root.group.Origin.encode(message.origin, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seq);
            if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                $root.group.AppMessage.encode(message.message, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.join != null && $Object.hasOwnProperty.call(message, "join"))
                $root.group.Join.encode(message.join, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.leave != null && $Object.hasOwnProperty.call(message, "leave"))
                $root.group.Leave.encode(message.leave, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.view != null && $Object.hasOwnProperty.call(message, "view"))
                $root.group.ViewChange.encode(message.view, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Entry message, length delimited. Does not implicitly {@link group.Entry.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.Entry
         * @static
         * @param {group.Entry.$Properties} message Entry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Entry.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an Entry message from the specified reader or buffer.
         * @function decode
         * @memberof group.Entry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.Entry & group.Entry.$Shape} Entry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Entry.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.Entry();
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
                            message.gseq = value;
                        else
                            delete message.gseq;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.origin = $root.group.Origin.decode(reader, reader.size(), $undefined, _depth + 1, message.origin);
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.seq = value;
                        else
                            delete message.seq;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.message = $root.group.AppMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                        message.body = "message";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.join = $root.group.Join.decode(reader, reader.size(), $undefined, _depth + 1, message.join);
                        message.body = "join";
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.leave = $root.group.Leave.decode(reader, reader.size(), $undefined, _depth + 1, message.leave);
                        message.body = "leave";
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.view = $root.group.ViewChange.decode(reader, reader.size(), $undefined, _depth + 1, message.view);
                        message.body = "view";
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
         * Decodes an Entry message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.Entry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.Entry & group.Entry.$Shape} Entry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Entry.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Entry;
    })();

    group.Submit = (function() {

        /**
         * Properties of a Submit.
         * @typedef {Object} group.Submit.$Properties
         * @property {number|Long|null} [epoch] Submit epoch
         * @property {group.Entry.$Properties|null} [entry] Submit entry
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Submit.
         * @memberof group
         * @interface ISubmit
         * @augments group.Submit.$Properties
         * @deprecated Use group.Submit.$Properties instead.
         */

        /**
         * Shape of a Submit.
         * @typedef {{
         *   epoch?: number|Long|null;
         *   entry?: group.Entry.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} group.Submit.$Shape
         */

        /**
         * Constructs a new Submit.
         * @memberof group
         * @classdesc Represents a Submit.
         * @constructor
         * @param {group.Submit.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Submit = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Submit epoch.
         * @member {number|Long} epoch
         * @memberof group.Submit
         * @instance
         */
        Submit.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Submit entry.
         * @member {group.Entry.$Properties|null|undefined} entry
         * @memberof group.Submit
         * @instance
         */
        Submit.prototype.entry = null;

        /**
         * Encodes the specified Submit message. Does not implicitly {@link group.Submit.verify|verify} messages.
         * @function encode
         * @memberof group.Submit
         * @static
         * @param {group.Submit.$Properties} message Submit message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Submit.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.epoch);
            if (message.entry != null && $Object.hasOwnProperty.call(message, "entry"))
                $root.group.Entry.encode(message.entry, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Submit message, length delimited. Does not implicitly {@link group.Submit.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.Submit
         * @static
         * @param {group.Submit.$Properties} message Submit message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Submit.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Submit message from the specified reader or buffer.
         * @function decode
         * @memberof group.Submit
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.Submit & group.Submit.$Shape} Submit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Submit.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.Submit();
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
                        message.entry = $root.group.Entry.decode(reader, reader.size(), $undefined, _depth + 1, message.entry);
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
         * Decodes a Submit message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.Submit
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.Submit & group.Submit.$Shape} Submit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Submit.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Submit;
    })();

    group.Propose = (function() {

        /**
         * Properties of a Propose.
         * @typedef {Object} group.Propose.$Properties
         * @property {number|Long|null} [epoch] Propose epoch
         * @property {Array.<group.Entry.$Properties>|null} [entries] Propose entries
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Propose.
         * @memberof group
         * @interface IPropose
         * @augments group.Propose.$Properties
         * @deprecated Use group.Propose.$Properties instead.
         */

        /**
         * Shape of a Propose.
         * @typedef {{
         *   epoch?: number|Long|null;
         *   entries?: Array.<group.Entry.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} group.Propose.$Shape
         */

        /**
         * Constructs a new Propose.
         * @memberof group
         * @classdesc Represents a Propose.
         * @constructor
         * @param {group.Propose.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Propose = function (properties) {
            this.entries = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Propose epoch.
         * @member {number|Long} epoch
         * @memberof group.Propose
         * @instance
         */
        Propose.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Propose entries.
         * @member {Array.<group.Entry.$Properties>} entries
         * @memberof group.Propose
         * @instance
         */
        Propose.prototype.entries = $util.emptyArray;

        /**
         * Encodes the specified Propose message. Does not implicitly {@link group.Propose.verify|verify} messages.
         * @function encode
         * @memberof group.Propose
         * @static
         * @param {group.Propose.$Properties} message Propose message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Propose.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.epoch);
            if (message.entries != null && message.entries.length)
                for (let i = 0; i < message.entries.length; ++i)
                    $root.group.Entry.encode(message.entries[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Propose message, length delimited. Does not implicitly {@link group.Propose.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.Propose
         * @static
         * @param {group.Propose.$Properties} message Propose message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Propose.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Propose message from the specified reader or buffer.
         * @function decode
         * @memberof group.Propose
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.Propose & group.Propose.$Shape} Propose
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Propose.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.Propose();
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
                        if (!(message.entries && message.entries.length))
                            message.entries = [];
                        message.entries.push($root.group.Entry.decode(reader, reader.size(), $undefined, _depth + 1));
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
         * Decodes a Propose message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.Propose
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.Propose & group.Propose.$Shape} Propose
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Propose.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Propose;
    })();

    group.Commit = (function() {

        /**
         * Properties of a Commit.
         * @typedef {Object} group.Commit.$Properties
         * @property {number|Long|null} [epoch] Commit epoch
         * @property {number|Long|null} [upTo] Commit upTo
         * @property {number|Long|null} [stable] Commit stable
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Commit.
         * @memberof group
         * @interface ICommit
         * @augments group.Commit.$Properties
         * @deprecated Use group.Commit.$Properties instead.
         */

        /**
         * Shape of a Commit.
         * @typedef {group.Commit.$Properties} group.Commit.$Shape
         */

        /**
         * Constructs a new Commit.
         * @memberof group
         * @classdesc Represents a Commit.
         * @constructor
         * @param {group.Commit.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Commit = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Commit epoch.
         * @member {number|Long} epoch
         * @memberof group.Commit
         * @instance
         */
        Commit.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Commit upTo.
         * @member {number|Long} upTo
         * @memberof group.Commit
         * @instance
         */
        Commit.prototype.upTo = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Commit stable.
         * @member {number|Long} stable
         * @memberof group.Commit
         * @instance
         */
        Commit.prototype.stable = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified Commit message. Does not implicitly {@link group.Commit.verify|verify} messages.
         * @function encode
         * @memberof group.Commit
         * @static
         * @param {group.Commit.$Properties} message Commit message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Commit.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.epoch);
            if (message.upTo != null && $Object.hasOwnProperty.call(message, "upTo") && (typeof message.upTo === "object" ? message.upTo.low || message.upTo.high : message.upTo !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.upTo);
            if (message.stable != null && $Object.hasOwnProperty.call(message, "stable") && (typeof message.stable === "object" ? message.stable.low || message.stable.high : message.stable !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.stable);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Commit message, length delimited. Does not implicitly {@link group.Commit.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.Commit
         * @static
         * @param {group.Commit.$Properties} message Commit message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Commit.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Commit message from the specified reader or buffer.
         * @function decode
         * @memberof group.Commit
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.Commit & group.Commit.$Shape} Commit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Commit.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.Commit();
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
                            message.upTo = value;
                        else
                            delete message.upTo;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.stable = value;
                        else
                            delete message.stable;
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
         * Decodes a Commit message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.Commit
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.Commit & group.Commit.$Shape} Commit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Commit.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Commit;
    })();

    group.Ack = (function() {

        /**
         * Properties of an Ack.
         * @typedef {Object} group.Ack.$Properties
         * @property {number|Long|null} [epoch] Ack epoch
         * @property {number|Long|null} [upTo] Ack upTo
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Ack.
         * @memberof group
         * @interface IAck
         * @augments group.Ack.$Properties
         * @deprecated Use group.Ack.$Properties instead.
         */

        /**
         * Shape of an Ack.
         * @typedef {group.Ack.$Properties} group.Ack.$Shape
         */

        /**
         * Constructs a new Ack.
         * @memberof group
         * @classdesc Represents an Ack.
         * @constructor
         * @param {group.Ack.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Ack = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Ack epoch.
         * @member {number|Long} epoch
         * @memberof group.Ack
         * @instance
         */
        Ack.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Ack upTo.
         * @member {number|Long} upTo
         * @memberof group.Ack
         * @instance
         */
        Ack.prototype.upTo = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified Ack message. Does not implicitly {@link group.Ack.verify|verify} messages.
         * @function encode
         * @memberof group.Ack
         * @static
         * @param {group.Ack.$Properties} message Ack message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Ack.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.epoch);
            if (message.upTo != null && $Object.hasOwnProperty.call(message, "upTo") && (typeof message.upTo === "object" ? message.upTo.low || message.upTo.high : message.upTo !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.upTo);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Ack message, length delimited. Does not implicitly {@link group.Ack.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.Ack
         * @static
         * @param {group.Ack.$Properties} message Ack message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Ack.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an Ack message from the specified reader or buffer.
         * @function decode
         * @memberof group.Ack
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.Ack & group.Ack.$Shape} Ack
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Ack.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.Ack();
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
                            message.upTo = value;
                        else
                            delete message.upTo;
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
         * Decodes an Ack message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.Ack
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.Ack & group.Ack.$Shape} Ack
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Ack.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Ack;
    })();

    group.State = (function() {

        /**
         * Properties of a State.
         * @typedef {Object} group.State.$Properties
         * @property {number|Long|null} [epoch] State epoch
         * @property {boolean|null} [fresh] State fresh
         * @property {number|Long|null} [delivered] State delivered
         * @property {Array.<group.Entry.$Properties>|null} [entries] State entries
         * @property {boolean|null} [lacking] State lacking
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a State.
         * @memberof group
         * @interface IState
         * @augments group.State.$Properties
         * @deprecated Use group.State.$Properties instead.
         */

        /**
         * Shape of a State.
         * @typedef {{
         *   epoch?: number|Long|null;
         *   fresh?: boolean|null;
         *   delivered?: number|Long|null;
         *   entries?: Array.<group.Entry.$Shape>|null;
         *   lacking?: boolean|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} group.State.$Shape
         */

        /**
         * Constructs a new State.
         * @memberof group
         * @classdesc Represents a State.
         * @constructor
         * @param {group.State.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const State = function (properties) {
            this.entries = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * State epoch.
         * @member {number|Long} epoch
         * @memberof group.State
         * @instance
         */
        State.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * State fresh.
         * @member {boolean} fresh
         * @memberof group.State
         * @instance
         */
        State.prototype.fresh = false;

        /**
         * State delivered.
         * @member {number|Long} delivered
         * @memberof group.State
         * @instance
         */
        State.prototype.delivered = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * State entries.
         * @member {Array.<group.Entry.$Properties>} entries
         * @memberof group.State
         * @instance
         */
        State.prototype.entries = $util.emptyArray;

        /**
         * State lacking.
         * @member {boolean} lacking
         * @memberof group.State
         * @instance
         */
        State.prototype.lacking = false;

        /**
         * Encodes the specified State message. Does not implicitly {@link group.State.verify|verify} messages.
         * @function encode
         * @memberof group.State
         * @static
         * @param {group.State.$Properties} message State message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        State.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.epoch);
            if (message.fresh != null && $Object.hasOwnProperty.call(message, "fresh") && message.fresh !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.fresh);
            if (message.delivered != null && $Object.hasOwnProperty.call(message, "delivered") && (typeof message.delivered === "object" ? message.delivered.low || message.delivered.high : message.delivered !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.delivered);
            if (message.entries != null && message.entries.length)
                for (let i = 0; i < message.entries.length; ++i)
                    $root.group.Entry.encode(message.entries[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.lacking != null && $Object.hasOwnProperty.call(message, "lacking") && message.lacking !== false)
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.lacking);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified State message, length delimited. Does not implicitly {@link group.State.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.State
         * @static
         * @param {group.State.$Properties} message State message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        State.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a State message from the specified reader or buffer.
         * @function decode
         * @memberof group.State
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.State & group.State.$Shape} State
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        State.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.State();
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
                        if (value = reader.bool())
                            message.fresh = value;
                        else
                            delete message.fresh;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.delivered = value;
                        else
                            delete message.delivered;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.entries && message.entries.length))
                            message.entries = [];
                        message.entries.push($root.group.Entry.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.lacking = value;
                        else
                            delete message.lacking;
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
         * Decodes a State message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.State
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.State & group.State.$Shape} State
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        State.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return State;
    })();

    group.GroupMessage = (function() {

        /**
         * Properties of a GroupMessage.
         * @typedef {Object} group.GroupMessage.$Properties
         * @property {group.Submit.$Properties|null} [submit] GroupMessage submit
         * @property {group.Propose.$Properties|null} [propose] GroupMessage propose
         * @property {group.Commit.$Properties|null} [commit] GroupMessage commit
         * @property {group.Ack.$Properties|null} [ack] GroupMessage ack
         * @property {group.State.$Properties|null} [state] GroupMessage state
         * @property {"submit"|"propose"|"commit"|"ack"|"state"} [body] GroupMessage body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupMessage.
         * @memberof group
         * @interface IGroupMessage
         * @augments group.GroupMessage.$Properties
         * @deprecated Use group.GroupMessage.$Properties instead.
         */

        /**
         * Narrowed shape of a GroupMessage.
         * @typedef {{
         *   submit?: group.Submit.$Shape|null;
         *   propose?: group.Propose.$Shape|null;
         *   commit?: group.Commit.$Shape|null;
         *   ack?: group.Ack.$Shape|null;
         *   state?: group.State.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ body?: undefined; submit?: null; propose?: null; commit?: null; ack?: null; state?: null }|{ body?: "submit"; submit: group.Submit.$Shape; propose?: null; commit?: null; ack?: null; state?: null }|{ body?: "propose"; submit?: null; propose: group.Propose.$Shape; commit?: null; ack?: null; state?: null }|{ body?: "commit"; submit?: null; propose?: null; commit: group.Commit.$Shape; ack?: null; state?: null }|{ body?: "ack"; submit?: null; propose?: null; commit?: null; ack: group.Ack.$Shape; state?: null }|{ body?: "state"; submit?: null; propose?: null; commit?: null; ack?: null; state: group.State.$Shape })
         * )} group.GroupMessage.$Shape
         */

        /**
         * Constructs a new GroupMessage.
         * @memberof group
         * @classdesc Represents a GroupMessage.
         * @constructor
         * @param {group.GroupMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupMessage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupMessage submit.
         * @member {group.Submit.$Properties|null|undefined} submit
         * @memberof group.GroupMessage
         * @instance
         */
        GroupMessage.prototype.submit = null;

        /**
         * GroupMessage propose.
         * @member {group.Propose.$Properties|null|undefined} propose
         * @memberof group.GroupMessage
         * @instance
         */
        GroupMessage.prototype.propose = null;

        /**
         * GroupMessage commit.
         * @member {group.Commit.$Properties|null|undefined} commit
         * @memberof group.GroupMessage
         * @instance
         */
        GroupMessage.prototype.commit = null;

        /**
         * GroupMessage ack.
         * @member {group.Ack.$Properties|null|undefined} ack
         * @memberof group.GroupMessage
         * @instance
         */
        GroupMessage.prototype.ack = null;

        /**
         * GroupMessage state.
         * @member {group.State.$Properties|null|undefined} state
         * @memberof group.GroupMessage
         * @instance
         */
        GroupMessage.prototype.state = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * GroupMessage body.
         * @member {"submit"|"propose"|"commit"|"ack"|"state"|undefined} body
         * @memberof group.GroupMessage
         * @instance
         */
        $Object.defineProperty(GroupMessage.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["submit", "propose", "commit", "ack", "state"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified GroupMessage message. Does not implicitly {@link group.GroupMessage.verify|verify} messages.
         * @function encode
         * @memberof group.GroupMessage
         * @static
         * @param {group.GroupMessage.$Properties} message GroupMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.submit != null && $Object.hasOwnProperty.call(message, "submit"))
                $root.group.Submit.encode(message.submit, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.propose != null && $Object.hasOwnProperty.call(message, "propose"))
                $root.group.Propose.encode(message.propose, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                $root.group.Commit.encode(message.commit, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                $root.group.Ack.encode(message.ack, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                $root.group.State.encode(message.state, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified GroupMessage message, length delimited. Does not implicitly {@link group.GroupMessage.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.GroupMessage
         * @static
         * @param {group.GroupMessage.$Properties} message GroupMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupMessage.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a GroupMessage message from the specified reader or buffer.
         * @function decode
         * @memberof group.GroupMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.GroupMessage & group.GroupMessage.$Shape} GroupMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupMessage.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.GroupMessage();
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
                        message.submit = $root.group.Submit.decode(reader, reader.size(), $undefined, _depth + 1, message.submit);
                        message.body = "submit";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.propose = $root.group.Propose.decode(reader, reader.size(), $undefined, _depth + 1, message.propose);
                        message.body = "propose";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.commit = $root.group.Commit.decode(reader, reader.size(), $undefined, _depth + 1, message.commit);
                        message.body = "commit";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.ack = $root.group.Ack.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                        message.body = "ack";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.state = $root.group.State.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                        message.body = "state";
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
         * Decodes a GroupMessage message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.GroupMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.GroupMessage & group.GroupMessage.$Shape} GroupMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupMessage.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return GroupMessage;
    })();

    group.GroupBatch = (function() {

        /**
         * Properties of a GroupBatch.
         * @typedef {Object} group.GroupBatch.$Properties
         * @property {Array.<group.GroupMessage.$Properties>|null} [messages] GroupBatch messages
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupBatch.
         * @memberof group
         * @interface IGroupBatch
         * @augments group.GroupBatch.$Properties
         * @deprecated Use group.GroupBatch.$Properties instead.
         */

        /**
         * Shape of a GroupBatch.
         * @typedef {{
         *   messages?: Array.<group.GroupMessage.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} group.GroupBatch.$Shape
         */

        /**
         * Constructs a new GroupBatch.
         * @memberof group
         * @classdesc Represents a GroupBatch.
         * @constructor
         * @param {group.GroupBatch.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupBatch = function (properties) {
            this.messages = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupBatch messages.
         * @member {Array.<group.GroupMessage.$Properties>} messages
         * @memberof group.GroupBatch
         * @instance
         */
        GroupBatch.prototype.messages = $util.emptyArray;

        /**
         * Encodes the specified GroupBatch message. Does not implicitly {@link group.GroupBatch.verify|verify} messages.
         * @function encode
         * @memberof group.GroupBatch
         * @static
         * @param {group.GroupBatch.$Properties} message GroupBatch message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupBatch.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.messages != null && message.messages.length)
                for (let i = 0; i < message.messages.length; ++i)
                    $root.group.GroupMessage.encode(message.messages[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified GroupBatch message, length delimited. Does not implicitly {@link group.GroupBatch.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.GroupBatch
         * @static
         * @param {group.GroupBatch.$Properties} message GroupBatch message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupBatch.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a GroupBatch message from the specified reader or buffer.
         * @function decode
         * @memberof group.GroupBatch
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.GroupBatch & group.GroupBatch.$Shape} GroupBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupBatch.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.GroupBatch();
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
                        message.messages.push($root.group.GroupMessage.decode(reader, reader.size(), $undefined, _depth + 1));
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
         * Decodes a GroupBatch message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.GroupBatch
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.GroupBatch & group.GroupBatch.$Shape} GroupBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupBatch.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return GroupBatch;
    })();

    group.RegisterRequest = (function() {

        /**
         * Properties of a RegisterRequest.
         * @typedef {Object} group.RegisterRequest.$Properties
         * @property {string|null} [group] RegisterRequest group
         * @property {boolean|null} [critical] RegisterRequest critical
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RegisterRequest.
         * @memberof group
         * @interface IRegisterRequest
         * @augments group.RegisterRequest.$Properties
         * @deprecated Use group.RegisterRequest.$Properties instead.
         */

        /**
         * Shape of a RegisterRequest.
         * @typedef {group.RegisterRequest.$Properties} group.RegisterRequest.$Shape
         */

        /**
         * Constructs a new RegisterRequest.
         * @memberof group
         * @classdesc Represents a RegisterRequest.
         * @constructor
         * @param {group.RegisterRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RegisterRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RegisterRequest group.
         * @member {string} group
         * @memberof group.RegisterRequest
         * @instance
         */
        RegisterRequest.prototype.group = "";

        /**
         * RegisterRequest critical.
         * @member {boolean} critical
         * @memberof group.RegisterRequest
         * @instance
         */
        RegisterRequest.prototype.critical = false;

        /**
         * Encodes the specified RegisterRequest message. Does not implicitly {@link group.RegisterRequest.verify|verify} messages.
         * @function encode
         * @memberof group.RegisterRequest
         * @static
         * @param {group.RegisterRequest.$Properties} message RegisterRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RegisterRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.group != null && $Object.hasOwnProperty.call(message, "group") && message.group !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.group);
            if (message.critical != null && $Object.hasOwnProperty.call(message, "critical") && message.critical !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.critical);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified RegisterRequest message, length delimited. Does not implicitly {@link group.RegisterRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.RegisterRequest
         * @static
         * @param {group.RegisterRequest.$Properties} message RegisterRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RegisterRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RegisterRequest message from the specified reader or buffer.
         * @function decode
         * @memberof group.RegisterRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.RegisterRequest & group.RegisterRequest.$Shape} RegisterRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RegisterRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.RegisterRequest();
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
                            message.group = value;
                        else
                            delete message.group;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.critical = value;
                        else
                            delete message.critical;
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
         * Decodes a RegisterRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.RegisterRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.RegisterRequest & group.RegisterRequest.$Shape} RegisterRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RegisterRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return RegisterRequest;
    })();

    group.SendRequest = (function() {

        /**
         * Properties of a SendRequest.
         * @typedef {Object} group.SendRequest.$Properties
         * @property {string|null} [instance] SendRequest instance
         * @property {Uint8Array|null} [payload] SendRequest payload
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SendRequest.
         * @memberof group
         * @interface ISendRequest
         * @augments group.SendRequest.$Properties
         * @deprecated Use group.SendRequest.$Properties instead.
         */

        /**
         * Shape of a SendRequest.
         * @typedef {group.SendRequest.$Properties} group.SendRequest.$Shape
         */

        /**
         * Constructs a new SendRequest.
         * @memberof group
         * @classdesc Represents a SendRequest.
         * @constructor
         * @param {group.SendRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SendRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SendRequest instance.
         * @member {string} instance
         * @memberof group.SendRequest
         * @instance
         */
        SendRequest.prototype.instance = "";

        /**
         * SendRequest payload.
         * @member {Uint8Array} payload
         * @memberof group.SendRequest
         * @instance
         */
        SendRequest.prototype.payload = $util.newBuffer([]);

        /**
         * Encodes the specified SendRequest message. Does not implicitly {@link group.SendRequest.verify|verify} messages.
         * @function encode
         * @memberof group.SendRequest
         * @static
         * @param {group.SendRequest.$Properties} message SendRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SendRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.instance != null && $Object.hasOwnProperty.call(message, "instance") && message.instance !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.instance);
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified SendRequest message, length delimited. Does not implicitly {@link group.SendRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.SendRequest
         * @static
         * @param {group.SendRequest.$Properties} message SendRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SendRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SendRequest message from the specified reader or buffer.
         * @function decode
         * @memberof group.SendRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.SendRequest & group.SendRequest.$Shape} SendRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SendRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.SendRequest();
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
                            message.instance = value;
                        else
                            delete message.instance;
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
         * Decodes a SendRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.SendRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.SendRequest & group.SendRequest.$Shape} SendRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SendRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return SendRequest;
    })();

    group.UnregisterRequest = (function() {

        /**
         * Properties of an UnregisterRequest.
         * @typedef {Object} group.UnregisterRequest.$Properties
         * @property {string|null} [instance] UnregisterRequest instance
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an UnregisterRequest.
         * @memberof group
         * @interface IUnregisterRequest
         * @augments group.UnregisterRequest.$Properties
         * @deprecated Use group.UnregisterRequest.$Properties instead.
         */

        /**
         * Shape of an UnregisterRequest.
         * @typedef {group.UnregisterRequest.$Properties} group.UnregisterRequest.$Shape
         */

        /**
         * Constructs a new UnregisterRequest.
         * @memberof group
         * @classdesc Represents an UnregisterRequest.
         * @constructor
         * @param {group.UnregisterRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const UnregisterRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * UnregisterRequest instance.
         * @member {string} instance
         * @memberof group.UnregisterRequest
         * @instance
         */
        UnregisterRequest.prototype.instance = "";

        /**
         * Encodes the specified UnregisterRequest message. Does not implicitly {@link group.UnregisterRequest.verify|verify} messages.
         * @function encode
         * @memberof group.UnregisterRequest
         * @static
         * @param {group.UnregisterRequest.$Properties} message UnregisterRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UnregisterRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.instance != null && $Object.hasOwnProperty.call(message, "instance") && message.instance !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.instance);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified UnregisterRequest message, length delimited. Does not implicitly {@link group.UnregisterRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.UnregisterRequest
         * @static
         * @param {group.UnregisterRequest.$Properties} message UnregisterRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UnregisterRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an UnregisterRequest message from the specified reader or buffer.
         * @function decode
         * @memberof group.UnregisterRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.UnregisterRequest & group.UnregisterRequest.$Shape} UnregisterRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UnregisterRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.UnregisterRequest();
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
                            message.instance = value;
                        else
                            delete message.instance;
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
         * Decodes an UnregisterRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.UnregisterRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.UnregisterRequest & group.UnregisterRequest.$Shape} UnregisterRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UnregisterRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return UnregisterRequest;
    })();

    group.PongRequest = (function() {

        /**
         * Properties of a PongRequest.
         * @typedef {Object} group.PongRequest.$Properties
         * @property {string|null} [instance] PongRequest instance
         * @property {number|Long|null} [nonce] PongRequest nonce
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PongRequest.
         * @memberof group
         * @interface IPongRequest
         * @augments group.PongRequest.$Properties
         * @deprecated Use group.PongRequest.$Properties instead.
         */

        /**
         * Shape of a PongRequest.
         * @typedef {group.PongRequest.$Properties} group.PongRequest.$Shape
         */

        /**
         * Constructs a new PongRequest.
         * @memberof group
         * @classdesc Represents a PongRequest.
         * @constructor
         * @param {group.PongRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PongRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PongRequest instance.
         * @member {string} instance
         * @memberof group.PongRequest
         * @instance
         */
        PongRequest.prototype.instance = "";

        /**
         * PongRequest nonce.
         * @member {number|Long} nonce
         * @memberof group.PongRequest
         * @instance
         */
        PongRequest.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified PongRequest message. Does not implicitly {@link group.PongRequest.verify|verify} messages.
         * @function encode
         * @memberof group.PongRequest
         * @static
         * @param {group.PongRequest.$Properties} message PongRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PongRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.instance != null && $Object.hasOwnProperty.call(message, "instance") && message.instance !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.instance);
            if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && (typeof message.nonce === "object" ? message.nonce.low || message.nonce.high : message.nonce !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.nonce);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified PongRequest message, length delimited. Does not implicitly {@link group.PongRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.PongRequest
         * @static
         * @param {group.PongRequest.$Properties} message PongRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PongRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PongRequest message from the specified reader or buffer.
         * @function decode
         * @memberof group.PongRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.PongRequest & group.PongRequest.$Shape} PongRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PongRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.PongRequest();
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
                            message.instance = value;
                        else
                            delete message.instance;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.nonce = value;
                        else
                            delete message.nonce;
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
         * Decodes a PongRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.PongRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.PongRequest & group.PongRequest.$Shape} PongRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PongRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return PongRequest;
    })();

    group.GroupsRequest = (function() {

        /**
         * Properties of a GroupsRequest.
         * @typedef {Object} group.GroupsRequest.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupsRequest.
         * @memberof group
         * @interface IGroupsRequest
         * @augments group.GroupsRequest.$Properties
         * @deprecated Use group.GroupsRequest.$Properties instead.
         */

        /**
         * Shape of a GroupsRequest.
         * @typedef {group.GroupsRequest.$Properties} group.GroupsRequest.$Shape
         */

        /**
         * Constructs a new GroupsRequest.
         * @memberof group
         * @classdesc Represents a GroupsRequest.
         * @constructor
         * @param {group.GroupsRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupsRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified GroupsRequest message. Does not implicitly {@link group.GroupsRequest.verify|verify} messages.
         * @function encode
         * @memberof group.GroupsRequest
         * @static
         * @param {group.GroupsRequest.$Properties} message GroupsRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupsRequest.encode = function (message, writer, _depth) {
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
         * Encodes the specified GroupsRequest message, length delimited. Does not implicitly {@link group.GroupsRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.GroupsRequest
         * @static
         * @param {group.GroupsRequest.$Properties} message GroupsRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupsRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a GroupsRequest message from the specified reader or buffer.
         * @function decode
         * @memberof group.GroupsRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.GroupsRequest & group.GroupsRequest.$Shape} GroupsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupsRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.GroupsRequest();
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
         * Decodes a GroupsRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.GroupsRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.GroupsRequest & group.GroupsRequest.$Shape} GroupsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupsRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return GroupsRequest;
    })();

    group.ArmCrash = (function() {

        /**
         * Properties of an ArmCrash.
         * @typedef {Object} group.ArmCrash.$Properties
         * @property {string|null} [phase] ArmCrash phase
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ArmCrash.
         * @memberof group
         * @interface IArmCrash
         * @augments group.ArmCrash.$Properties
         * @deprecated Use group.ArmCrash.$Properties instead.
         */

        /**
         * Shape of an ArmCrash.
         * @typedef {group.ArmCrash.$Properties} group.ArmCrash.$Shape
         */

        /**
         * Constructs a new ArmCrash.
         * @memberof group
         * @classdesc Represents an ArmCrash.
         * @constructor
         * @param {group.ArmCrash.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ArmCrash = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ArmCrash phase.
         * @member {string} phase
         * @memberof group.ArmCrash
         * @instance
         */
        ArmCrash.prototype.phase = "";

        /**
         * Encodes the specified ArmCrash message. Does not implicitly {@link group.ArmCrash.verify|verify} messages.
         * @function encode
         * @memberof group.ArmCrash
         * @static
         * @param {group.ArmCrash.$Properties} message ArmCrash message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ArmCrash.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.phase);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ArmCrash message, length delimited. Does not implicitly {@link group.ArmCrash.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.ArmCrash
         * @static
         * @param {group.ArmCrash.$Properties} message ArmCrash message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ArmCrash.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ArmCrash message from the specified reader or buffer.
         * @function decode
         * @memberof group.ArmCrash
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.ArmCrash & group.ArmCrash.$Shape} ArmCrash
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ArmCrash.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.ArmCrash();
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
                            message.phase = value;
                        else
                            delete message.phase;
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
         * Decodes an ArmCrash message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.ArmCrash
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.ArmCrash & group.ArmCrash.$Shape} ArmCrash
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ArmCrash.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return ArmCrash;
    })();

    group.GroupCall = (function() {

        /**
         * Properties of a GroupCall.
         * @typedef {Object} group.GroupCall.$Properties
         * @property {group.RegisterRequest.$Properties|null} [register] GroupCall register
         * @property {group.SendRequest.$Properties|null} [send] GroupCall send
         * @property {group.UnregisterRequest.$Properties|null} [unregister] GroupCall unregister
         * @property {group.PongRequest.$Properties|null} [pong] GroupCall pong
         * @property {group.GroupsRequest.$Properties|null} [groups] GroupCall groups
         * @property {group.ArmCrash.$Properties|null} [armCrash] GroupCall armCrash
         * @property {"register"|"send"|"unregister"|"pong"|"groups"|"armCrash"} [body] GroupCall body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupCall.
         * @memberof group
         * @interface IGroupCall
         * @augments group.GroupCall.$Properties
         * @deprecated Use group.GroupCall.$Properties instead.
         */

        /**
         * Narrowed shape of a GroupCall.
         * @typedef {{
         *   register?: group.RegisterRequest.$Shape|null;
         *   send?: group.SendRequest.$Shape|null;
         *   unregister?: group.UnregisterRequest.$Shape|null;
         *   pong?: group.PongRequest.$Shape|null;
         *   groups?: group.GroupsRequest.$Shape|null;
         *   armCrash?: group.ArmCrash.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ body?: undefined; register?: null; send?: null; unregister?: null; pong?: null; groups?: null; armCrash?: null }|{ body?: "register"; register: group.RegisterRequest.$Shape; send?: null; unregister?: null; pong?: null; groups?: null; armCrash?: null }|{ body?: "send"; register?: null; send: group.SendRequest.$Shape; unregister?: null; pong?: null; groups?: null; armCrash?: null }|{ body?: "unregister"; register?: null; send?: null; unregister: group.UnregisterRequest.$Shape; pong?: null; groups?: null; armCrash?: null }|{ body?: "pong"; register?: null; send?: null; unregister?: null; pong: group.PongRequest.$Shape; groups?: null; armCrash?: null }|{ body?: "groups"; register?: null; send?: null; unregister?: null; pong?: null; groups: group.GroupsRequest.$Shape; armCrash?: null }|{ body?: "armCrash"; register?: null; send?: null; unregister?: null; pong?: null; groups?: null; armCrash: group.ArmCrash.$Shape })
         * )} group.GroupCall.$Shape
         */

        /**
         * Constructs a new GroupCall.
         * @memberof group
         * @classdesc Represents a GroupCall.
         * @constructor
         * @param {group.GroupCall.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupCall = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupCall register.
         * @member {group.RegisterRequest.$Properties|null|undefined} register
         * @memberof group.GroupCall
         * @instance
         */
        GroupCall.prototype.register = null;

        /**
         * GroupCall send.
         * @member {group.SendRequest.$Properties|null|undefined} send
         * @memberof group.GroupCall
         * @instance
         */
        GroupCall.prototype.send = null;

        /**
         * GroupCall unregister.
         * @member {group.UnregisterRequest.$Properties|null|undefined} unregister
         * @memberof group.GroupCall
         * @instance
         */
        GroupCall.prototype.unregister = null;

        /**
         * GroupCall pong.
         * @member {group.PongRequest.$Properties|null|undefined} pong
         * @memberof group.GroupCall
         * @instance
         */
        GroupCall.prototype.pong = null;

        /**
         * GroupCall groups.
         * @member {group.GroupsRequest.$Properties|null|undefined} groups
         * @memberof group.GroupCall
         * @instance
         */
        GroupCall.prototype.groups = null;

        /**
         * GroupCall armCrash.
         * @member {group.ArmCrash.$Properties|null|undefined} armCrash
         * @memberof group.GroupCall
         * @instance
         */
        GroupCall.prototype.armCrash = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * GroupCall body.
         * @member {"register"|"send"|"unregister"|"pong"|"groups"|"armCrash"|undefined} body
         * @memberof group.GroupCall
         * @instance
         */
        $Object.defineProperty(GroupCall.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["register", "send", "unregister", "pong", "groups", "armCrash"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified GroupCall message. Does not implicitly {@link group.GroupCall.verify|verify} messages.
         * @function encode
         * @memberof group.GroupCall
         * @static
         * @param {group.GroupCall.$Properties} message GroupCall message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupCall.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.register != null && $Object.hasOwnProperty.call(message, "register"))
                $root.group.RegisterRequest.encode(message.register, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.send != null && $Object.hasOwnProperty.call(message, "send"))
                $root.group.SendRequest.encode(message.send, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.unregister != null && $Object.hasOwnProperty.call(message, "unregister"))
                $root.group.UnregisterRequest.encode(message.unregister, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.pong != null && $Object.hasOwnProperty.call(message, "pong"))
                $root.group.PongRequest.encode(message.pong, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.groups != null && $Object.hasOwnProperty.call(message, "groups"))
                $root.group.GroupsRequest.encode(message.groups, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.armCrash != null && $Object.hasOwnProperty.call(message, "armCrash"))
                $root.group.ArmCrash.encode(message.armCrash, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified GroupCall message, length delimited. Does not implicitly {@link group.GroupCall.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.GroupCall
         * @static
         * @param {group.GroupCall.$Properties} message GroupCall message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupCall.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a GroupCall message from the specified reader or buffer.
         * @function decode
         * @memberof group.GroupCall
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.GroupCall & group.GroupCall.$Shape} GroupCall
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupCall.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.GroupCall();
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
                        message.register = $root.group.RegisterRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.register);
                        message.body = "register";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.send = $root.group.SendRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.send);
                        message.body = "send";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.unregister = $root.group.UnregisterRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.unregister);
                        message.body = "unregister";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.pong = $root.group.PongRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.pong);
                        message.body = "pong";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.groups = $root.group.GroupsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.groups);
                        message.body = "groups";
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.armCrash = $root.group.ArmCrash.decode(reader, reader.size(), $undefined, _depth + 1, message.armCrash);
                        message.body = "armCrash";
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
         * Decodes a GroupCall message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.GroupCall
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.GroupCall & group.GroupCall.$Shape} GroupCall
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupCall.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return GroupCall;
    })();

    group.InstanceState = (function() {

        /**
         * Properties of an InstanceState.
         * @typedef {Object} group.InstanceState.$Properties
         * @property {string|null} [id] InstanceState id
         * @property {string|null} [node] InstanceState node
         * @property {boolean|null} [critical] InstanceState critical
         * @property {string|null} [state] InstanceState state
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an InstanceState.
         * @memberof group
         * @interface IInstanceState
         * @augments group.InstanceState.$Properties
         * @deprecated Use group.InstanceState.$Properties instead.
         */

        /**
         * Shape of an InstanceState.
         * @typedef {group.InstanceState.$Properties} group.InstanceState.$Shape
         */

        /**
         * Constructs a new InstanceState.
         * @memberof group
         * @classdesc Represents an InstanceState.
         * @constructor
         * @param {group.InstanceState.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const InstanceState = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * InstanceState id.
         * @member {string} id
         * @memberof group.InstanceState
         * @instance
         */
        InstanceState.prototype.id = "";

        /**
         * InstanceState node.
         * @member {string} node
         * @memberof group.InstanceState
         * @instance
         */
        InstanceState.prototype.node = "";

        /**
         * InstanceState critical.
         * @member {boolean} critical
         * @memberof group.InstanceState
         * @instance
         */
        InstanceState.prototype.critical = false;

        /**
         * InstanceState state.
         * @member {string} state
         * @memberof group.InstanceState
         * @instance
         */
        InstanceState.prototype.state = "";

        /**
         * Encodes the specified InstanceState message. Does not implicitly {@link group.InstanceState.verify|verify} messages.
         * @function encode
         * @memberof group.InstanceState
         * @static
         * @param {group.InstanceState.$Properties} message InstanceState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InstanceState.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
            if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.node);
            if (message.critical != null && $Object.hasOwnProperty.call(message, "critical") && message.critical !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.critical);
            if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.state);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified InstanceState message, length delimited. Does not implicitly {@link group.InstanceState.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.InstanceState
         * @static
         * @param {group.InstanceState.$Properties} message InstanceState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InstanceState.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an InstanceState message from the specified reader or buffer.
         * @function decode
         * @memberof group.InstanceState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.InstanceState & group.InstanceState.$Shape} InstanceState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InstanceState.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.InstanceState();
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
                            message.id = value;
                        else
                            delete message.id;
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
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.critical = value;
                        else
                            delete message.critical;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
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
         * Decodes an InstanceState message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.InstanceState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.InstanceState & group.InstanceState.$Shape} InstanceState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InstanceState.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return InstanceState;
    })();

    group.GroupInfo = (function() {

        /**
         * Properties of a GroupInfo.
         * @typedef {Object} group.GroupInfo.$Properties
         * @property {string|null} [name] GroupInfo name
         * @property {Array.<group.InstanceState.$Properties>|null} [instances] GroupInfo instances
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupInfo.
         * @memberof group
         * @interface IGroupInfo
         * @augments group.GroupInfo.$Properties
         * @deprecated Use group.GroupInfo.$Properties instead.
         */

        /**
         * Shape of a GroupInfo.
         * @typedef {group.GroupInfo.$Properties} group.GroupInfo.$Shape
         */

        /**
         * Constructs a new GroupInfo.
         * @memberof group
         * @classdesc Represents a GroupInfo.
         * @constructor
         * @param {group.GroupInfo.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupInfo = function (properties) {
            this.instances = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupInfo name.
         * @member {string} name
         * @memberof group.GroupInfo
         * @instance
         */
        GroupInfo.prototype.name = "";

        /**
         * GroupInfo instances.
         * @member {Array.<group.InstanceState.$Properties>} instances
         * @memberof group.GroupInfo
         * @instance
         */
        GroupInfo.prototype.instances = $util.emptyArray;

        /**
         * Encodes the specified GroupInfo message. Does not implicitly {@link group.GroupInfo.verify|verify} messages.
         * @function encode
         * @memberof group.GroupInfo
         * @static
         * @param {group.GroupInfo.$Properties} message GroupInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.instances != null && message.instances.length)
                for (let i = 0; i < message.instances.length; ++i)
                    $root.group.InstanceState.encode(message.instances[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified GroupInfo message, length delimited. Does not implicitly {@link group.GroupInfo.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.GroupInfo
         * @static
         * @param {group.GroupInfo.$Properties} message GroupInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupInfo.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a GroupInfo message from the specified reader or buffer.
         * @function decode
         * @memberof group.GroupInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.GroupInfo & group.GroupInfo.$Shape} GroupInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupInfo.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.GroupInfo();
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
                        if (wireType !== 2)
                            break;
                        if (!(message.instances && message.instances.length))
                            message.instances = [];
                        message.instances.push($root.group.InstanceState.decode(reader, reader.size(), $undefined, _depth + 1));
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
         * Decodes a GroupInfo message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.GroupInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.GroupInfo & group.GroupInfo.$Shape} GroupInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupInfo.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return GroupInfo;
    })();

    group.GroupsReply = (function() {

        /**
         * Properties of a GroupsReply.
         * @typedef {Object} group.GroupsReply.$Properties
         * @property {number|Long|null} [view] GroupsReply view
         * @property {string|null} [coordinator] GroupsReply coordinator
         * @property {number|Long|null} [delivered] GroupsReply delivered
         * @property {Array.<group.GroupInfo.$Properties>|null} [groups] GroupsReply groups
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupsReply.
         * @memberof group
         * @interface IGroupsReply
         * @augments group.GroupsReply.$Properties
         * @deprecated Use group.GroupsReply.$Properties instead.
         */

        /**
         * Shape of a GroupsReply.
         * @typedef {group.GroupsReply.$Properties} group.GroupsReply.$Shape
         */

        /**
         * Constructs a new GroupsReply.
         * @memberof group
         * @classdesc Represents a GroupsReply.
         * @constructor
         * @param {group.GroupsReply.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupsReply = function (properties) {
            this.groups = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupsReply view.
         * @member {number|Long} view
         * @memberof group.GroupsReply
         * @instance
         */
        GroupsReply.prototype.view = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * GroupsReply coordinator.
         * @member {string} coordinator
         * @memberof group.GroupsReply
         * @instance
         */
        GroupsReply.prototype.coordinator = "";

        /**
         * GroupsReply delivered.
         * @member {number|Long} delivered
         * @memberof group.GroupsReply
         * @instance
         */
        GroupsReply.prototype.delivered = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * GroupsReply groups.
         * @member {Array.<group.GroupInfo.$Properties>} groups
         * @memberof group.GroupsReply
         * @instance
         */
        GroupsReply.prototype.groups = $util.emptyArray;

        /**
         * Encodes the specified GroupsReply message. Does not implicitly {@link group.GroupsReply.verify|verify} messages.
         * @function encode
         * @memberof group.GroupsReply
         * @static
         * @param {group.GroupsReply.$Properties} message GroupsReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupsReply.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.view != null && $Object.hasOwnProperty.call(message, "view") && (typeof message.view === "object" ? message.view.low || message.view.high : message.view !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.view);
            if (message.coordinator != null && $Object.hasOwnProperty.call(message, "coordinator") && message.coordinator !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.coordinator);
            if (message.delivered != null && $Object.hasOwnProperty.call(message, "delivered") && (typeof message.delivered === "object" ? message.delivered.low || message.delivered.high : message.delivered !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.delivered);
            if (message.groups != null && message.groups.length)
                for (let i = 0; i < message.groups.length; ++i)
                    $root.group.GroupInfo.encode(message.groups[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified GroupsReply message, length delimited. Does not implicitly {@link group.GroupsReply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.GroupsReply
         * @static
         * @param {group.GroupsReply.$Properties} message GroupsReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupsReply.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a GroupsReply message from the specified reader or buffer.
         * @function decode
         * @memberof group.GroupsReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.GroupsReply & group.GroupsReply.$Shape} GroupsReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupsReply.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.GroupsReply();
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
                            message.view = value;
                        else
                            delete message.view;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.coordinator = value;
                        else
                            delete message.coordinator;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.delivered = value;
                        else
                            delete message.delivered;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.groups && message.groups.length))
                            message.groups = [];
                        message.groups.push($root.group.GroupInfo.decode(reader, reader.size(), $undefined, _depth + 1));
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
         * Decodes a GroupsReply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.GroupsReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.GroupsReply & group.GroupsReply.$Shape} GroupsReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupsReply.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return GroupsReply;
    })();

    group.Registered = (function() {

        /**
         * Properties of a Registered.
         * @typedef {Object} group.Registered.$Properties
         * @property {string|null} [instance] Registered instance
         * @property {group.GroupInfo.$Properties|null} [group] Registered group
         * @property {number|Long|null} [gseq] Registered gseq
         * @property {string|null} [history] Registered history
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Registered.
         * @memberof group
         * @interface IRegistered
         * @augments group.Registered.$Properties
         * @deprecated Use group.Registered.$Properties instead.
         */

        /**
         * Shape of a Registered.
         * @typedef {group.Registered.$Properties} group.Registered.$Shape
         */

        /**
         * Constructs a new Registered.
         * @memberof group
         * @classdesc Represents a Registered.
         * @constructor
         * @param {group.Registered.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Registered = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Registered instance.
         * @member {string} instance
         * @memberof group.Registered
         * @instance
         */
        Registered.prototype.instance = "";

        /**
         * Registered group.
         * @member {group.GroupInfo.$Properties|null|undefined} group
         * @memberof group.Registered
         * @instance
         */
        Registered.prototype.group = null;

        /**
         * Registered gseq.
         * @member {number|Long} gseq
         * @memberof group.Registered
         * @instance
         */
        Registered.prototype.gseq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Registered history.
         * @member {string} history
         * @memberof group.Registered
         * @instance
         */
        Registered.prototype.history = "";

        /**
         * Encodes the specified Registered message. Does not implicitly {@link group.Registered.verify|verify} messages.
         * @function encode
         * @memberof group.Registered
         * @static
         * @param {group.Registered.$Properties} message Registered message or plain object to encode
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
            if (message.instance != null && $Object.hasOwnProperty.call(message, "instance") && message.instance !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.instance);
            if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                $root.group.GroupInfo.encode(message.group, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.gseq != null && $Object.hasOwnProperty.call(message, "gseq") && (typeof message.gseq === "object" ? message.gseq.low || message.gseq.high : message.gseq !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.gseq);
            if (message.history != null && $Object.hasOwnProperty.call(message, "history") && message.history !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.history);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Registered message, length delimited. Does not implicitly {@link group.Registered.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.Registered
         * @static
         * @param {group.Registered.$Properties} message Registered message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Registered.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Registered message from the specified reader or buffer.
         * @function decode
         * @memberof group.Registered
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.Registered & group.Registered.$Shape} Registered
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
            message = _target || new $root.group.Registered();
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
                            message.instance = value;
                        else
                            delete message.instance;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.group = $root.group.GroupInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.group);
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.gseq = value;
                        else
                            delete message.gseq;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.history = value;
                        else
                            delete message.history;
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
         * @memberof group.Registered
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.Registered & group.Registered.$Shape} Registered
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

    group.GroupReply = (function() {

        /**
         * Properties of a GroupReply.
         * @typedef {Object} group.GroupReply.$Properties
         * @property {group.Registered.$Properties|null} [registered] GroupReply registered
         * @property {number|Long|null} [sent] GroupReply sent
         * @property {boolean|null} [ok] GroupReply ok
         * @property {group.GroupsReply.$Properties|null} [groups] GroupReply groups
         * @property {"registered"|"sent"|"ok"|"groups"} [body] GroupReply body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupReply.
         * @memberof group
         * @interface IGroupReply
         * @augments group.GroupReply.$Properties
         * @deprecated Use group.GroupReply.$Properties instead.
         */

        /**
         * Narrowed shape of a GroupReply.
         * @typedef {{
         *   registered?: group.Registered.$Shape|null;
         *   sent?: number|Long|null;
         *   ok?: boolean|null;
         *   groups?: group.GroupsReply.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ body?: undefined; registered?: null; sent?: null; ok?: null; groups?: null }|{ body?: "registered"; registered: group.Registered.$Shape; sent?: null; ok?: null; groups?: null }|{ body?: "sent"; registered?: null; sent: number|Long; ok?: null; groups?: null }|{ body?: "ok"; registered?: null; sent?: null; ok: boolean; groups?: null }|{ body?: "groups"; registered?: null; sent?: null; ok?: null; groups: group.GroupsReply.$Shape })
         * )} group.GroupReply.$Shape
         */

        /**
         * Constructs a new GroupReply.
         * @memberof group
         * @classdesc Represents a GroupReply.
         * @constructor
         * @param {group.GroupReply.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupReply = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupReply registered.
         * @member {group.Registered.$Properties|null|undefined} registered
         * @memberof group.GroupReply
         * @instance
         */
        GroupReply.prototype.registered = null;

        /**
         * GroupReply sent.
         * @member {number|Long|null|undefined} sent
         * @memberof group.GroupReply
         * @instance
         */
        GroupReply.prototype.sent = null;

        /**
         * GroupReply ok.
         * @member {boolean|null|undefined} ok
         * @memberof group.GroupReply
         * @instance
         */
        GroupReply.prototype.ok = null;

        /**
         * GroupReply groups.
         * @member {group.GroupsReply.$Properties|null|undefined} groups
         * @memberof group.GroupReply
         * @instance
         */
        GroupReply.prototype.groups = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * GroupReply body.
         * @member {"registered"|"sent"|"ok"|"groups"|undefined} body
         * @memberof group.GroupReply
         * @instance
         */
        $Object.defineProperty(GroupReply.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["registered", "sent", "ok", "groups"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified GroupReply message. Does not implicitly {@link group.GroupReply.verify|verify} messages.
         * @function encode
         * @memberof group.GroupReply
         * @static
         * @param {group.GroupReply.$Properties} message GroupReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupReply.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.registered != null && $Object.hasOwnProperty.call(message, "registered"))
                $root.group.Registered.encode(message.registered, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.sent != null && $Object.hasOwnProperty.call(message, "sent"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sent);
            if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.ok);
            if (message.groups != null && $Object.hasOwnProperty.call(message, "groups"))
                $root.group.GroupsReply.encode(message.groups, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified GroupReply message, length delimited. Does not implicitly {@link group.GroupReply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.GroupReply
         * @static
         * @param {group.GroupReply.$Properties} message GroupReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupReply.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a GroupReply message from the specified reader or buffer.
         * @function decode
         * @memberof group.GroupReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.GroupReply & group.GroupReply.$Shape} GroupReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupReply.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.GroupReply();
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
                        message.registered = $root.group.Registered.decode(reader, reader.size(), $undefined, _depth + 1, message.registered);
                        message.body = "registered";
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.sent = reader.uint64();
                        message.body = "sent";
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.ok = reader.bool();
                        message.body = "ok";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.groups = $root.group.GroupsReply.decode(reader, reader.size(), $undefined, _depth + 1, message.groups);
                        message.body = "groups";
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
         * Decodes a GroupReply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.GroupReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.GroupReply & group.GroupReply.$Shape} GroupReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupReply.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return GroupReply;
    })();

    group.Delivery = (function() {

        /**
         * Properties of a Delivery.
         * @typedef {Object} group.Delivery.$Properties
         * @property {string|null} [group] Delivery group
         * @property {number|Long|null} [gseq] Delivery gseq
         * @property {string|null} [from] Delivery from
         * @property {number|Long|null} [seq] Delivery seq
         * @property {Uint8Array|null} [payload] Delivery payload
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Delivery.
         * @memberof group
         * @interface IDelivery
         * @augments group.Delivery.$Properties
         * @deprecated Use group.Delivery.$Properties instead.
         */

        /**
         * Shape of a Delivery.
         * @typedef {group.Delivery.$Properties} group.Delivery.$Shape
         */

        /**
         * Constructs a new Delivery.
         * @memberof group
         * @classdesc Represents a Delivery.
         * @constructor
         * @param {group.Delivery.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Delivery = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Delivery group.
         * @member {string} group
         * @memberof group.Delivery
         * @instance
         */
        Delivery.prototype.group = "";

        /**
         * Delivery gseq.
         * @member {number|Long} gseq
         * @memberof group.Delivery
         * @instance
         */
        Delivery.prototype.gseq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Delivery from.
         * @member {string} from
         * @memberof group.Delivery
         * @instance
         */
        Delivery.prototype.from = "";

        /**
         * Delivery seq.
         * @member {number|Long} seq
         * @memberof group.Delivery
         * @instance
         */
        Delivery.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Delivery payload.
         * @member {Uint8Array} payload
         * @memberof group.Delivery
         * @instance
         */
        Delivery.prototype.payload = $util.newBuffer([]);

        /**
         * Encodes the specified Delivery message. Does not implicitly {@link group.Delivery.verify|verify} messages.
         * @function encode
         * @memberof group.Delivery
         * @static
         * @param {group.Delivery.$Properties} message Delivery message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Delivery.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.group != null && $Object.hasOwnProperty.call(message, "group") && message.group !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.group);
            if (message.gseq != null && $Object.hasOwnProperty.call(message, "gseq") && (typeof message.gseq === "object" ? message.gseq.low || message.gseq.high : message.gseq !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.gseq);
            if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.from);
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.seq);
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.payload);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Delivery message, length delimited. Does not implicitly {@link group.Delivery.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.Delivery
         * @static
         * @param {group.Delivery.$Properties} message Delivery message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Delivery.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Delivery message from the specified reader or buffer.
         * @function decode
         * @memberof group.Delivery
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.Delivery & group.Delivery.$Shape} Delivery
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Delivery.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.Delivery();
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
                            message.group = value;
                        else
                            delete message.group;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.gseq = value;
                        else
                            delete message.gseq;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.from = value;
                        else
                            delete message.from;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.seq = value;
                        else
                            delete message.seq;
                        continue;
                    }
                case 5: {
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
         * Decodes a Delivery message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.Delivery
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.Delivery & group.Delivery.$Shape} Delivery
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Delivery.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Delivery;
    })();

    group.GroupView = (function() {

        /**
         * Properties of a GroupView.
         * @typedef {Object} group.GroupView.$Properties
         * @property {string|null} [group] GroupView group
         * @property {number|Long|null} [gseq] GroupView gseq
         * @property {Array.<string>|null} [members] GroupView members
         * @property {string|null} [joined] GroupView joined
         * @property {string|null} [left] GroupView left
         * @property {group.ExitState|null} [leftState] GroupView leftState
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupView.
         * @memberof group
         * @interface IGroupView
         * @augments group.GroupView.$Properties
         * @deprecated Use group.GroupView.$Properties instead.
         */

        /**
         * Shape of a GroupView.
         * @typedef {group.GroupView.$Properties} group.GroupView.$Shape
         */

        /**
         * Constructs a new GroupView.
         * @memberof group
         * @classdesc Represents a GroupView.
         * @constructor
         * @param {group.GroupView.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupView = function (properties) {
            this.members = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupView group.
         * @member {string} group
         * @memberof group.GroupView
         * @instance
         */
        GroupView.prototype.group = "";

        /**
         * GroupView gseq.
         * @member {number|Long} gseq
         * @memberof group.GroupView
         * @instance
         */
        GroupView.prototype.gseq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * GroupView members.
         * @member {Array.<string>} members
         * @memberof group.GroupView
         * @instance
         */
        GroupView.prototype.members = $util.emptyArray;

        /**
         * GroupView joined.
         * @member {string} joined
         * @memberof group.GroupView
         * @instance
         */
        GroupView.prototype.joined = "";

        /**
         * GroupView left.
         * @member {string} left
         * @memberof group.GroupView
         * @instance
         */
        GroupView.prototype.left = "";

        /**
         * GroupView leftState.
         * @member {group.ExitState} leftState
         * @memberof group.GroupView
         * @instance
         */
        GroupView.prototype.leftState = 0;

        /**
         * Encodes the specified GroupView message. Does not implicitly {@link group.GroupView.verify|verify} messages.
         * @function encode
         * @memberof group.GroupView
         * @static
         * @param {group.GroupView.$Properties} message GroupView message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupView.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.group != null && $Object.hasOwnProperty.call(message, "group") && message.group !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.group);
            if (message.gseq != null && $Object.hasOwnProperty.call(message, "gseq") && (typeof message.gseq === "object" ? message.gseq.low || message.gseq.high : message.gseq !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.gseq);
            if (message.members != null && message.members.length)
                for (let i = 0; i < message.members.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.members[i]);
            if (message.joined != null && $Object.hasOwnProperty.call(message, "joined") && message.joined !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.joined);
            if (message.left != null && $Object.hasOwnProperty.call(message, "left") && message.left !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.left);
            if (message.leftState != null && $Object.hasOwnProperty.call(message, "leftState") && message.leftState !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).int32(message.leftState);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified GroupView message, length delimited. Does not implicitly {@link group.GroupView.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.GroupView
         * @static
         * @param {group.GroupView.$Properties} message GroupView message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupView.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a GroupView message from the specified reader or buffer.
         * @function decode
         * @memberof group.GroupView
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.GroupView & group.GroupView.$Shape} GroupView
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupView.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.GroupView();
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
                            message.group = value;
                        else
                            delete message.group;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.gseq = value;
                        else
                            delete message.gseq;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.members && message.members.length))
                            message.members = [];
                        message.members.push(reader.stringVerify());
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.joined = value;
                        else
                            delete message.joined;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.left = value;
                        else
                            delete message.left;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.leftState = value;
                        else
                            delete message.leftState;
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
         * Decodes a GroupView message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.GroupView
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.GroupView & group.GroupView.$Shape} GroupView
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupView.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return GroupView;
    })();

    group.Ping = (function() {

        /**
         * Properties of a Ping.
         * @typedef {Object} group.Ping.$Properties
         * @property {string|null} [instance] Ping instance
         * @property {number|Long|null} [nonce] Ping nonce
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Ping.
         * @memberof group
         * @interface IPing
         * @augments group.Ping.$Properties
         * @deprecated Use group.Ping.$Properties instead.
         */

        /**
         * Shape of a Ping.
         * @typedef {group.Ping.$Properties} group.Ping.$Shape
         */

        /**
         * Constructs a new Ping.
         * @memberof group
         * @classdesc Represents a Ping.
         * @constructor
         * @param {group.Ping.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Ping = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Ping instance.
         * @member {string} instance
         * @memberof group.Ping
         * @instance
         */
        Ping.prototype.instance = "";

        /**
         * Ping nonce.
         * @member {number|Long} nonce
         * @memberof group.Ping
         * @instance
         */
        Ping.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified Ping message. Does not implicitly {@link group.Ping.verify|verify} messages.
         * @function encode
         * @memberof group.Ping
         * @static
         * @param {group.Ping.$Properties} message Ping message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Ping.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.instance != null && $Object.hasOwnProperty.call(message, "instance") && message.instance !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.instance);
            if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && (typeof message.nonce === "object" ? message.nonce.low || message.nonce.high : message.nonce !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.nonce);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Ping message, length delimited. Does not implicitly {@link group.Ping.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.Ping
         * @static
         * @param {group.Ping.$Properties} message Ping message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Ping.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Ping message from the specified reader or buffer.
         * @function decode
         * @memberof group.Ping
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.Ping & group.Ping.$Shape} Ping
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Ping.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.Ping();
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
                            message.instance = value;
                        else
                            delete message.instance;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.nonce = value;
                        else
                            delete message.nonce;
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
         * Decodes a Ping message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.Ping
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.Ping & group.Ping.$Shape} Ping
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Ping.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Ping;
    })();

    group.GroupEvent = (function() {

        /**
         * Properties of a GroupEvent.
         * @typedef {Object} group.GroupEvent.$Properties
         * @property {string|null} [instance] GroupEvent instance
         * @property {group.Delivery.$Properties|null} [delivery] GroupEvent delivery
         * @property {group.GroupView.$Properties|null} [view] GroupEvent view
         * @property {group.Ping.$Properties|null} [ping] GroupEvent ping
         * @property {"delivery"|"view"|"ping"} [body] GroupEvent body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupEvent.
         * @memberof group
         * @interface IGroupEvent
         * @augments group.GroupEvent.$Properties
         * @deprecated Use group.GroupEvent.$Properties instead.
         */

        /**
         * Narrowed shape of a GroupEvent.
         * @typedef {{
         *   instance?: string|null;
         *   delivery?: group.Delivery.$Shape|null;
         *   view?: group.GroupView.$Shape|null;
         *   ping?: group.Ping.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ body?: undefined; delivery?: null; view?: null; ping?: null }|{ body?: "delivery"; delivery: group.Delivery.$Shape; view?: null; ping?: null }|{ body?: "view"; delivery?: null; view: group.GroupView.$Shape; ping?: null }|{ body?: "ping"; delivery?: null; view?: null; ping: group.Ping.$Shape })
         * )} group.GroupEvent.$Shape
         */

        /**
         * Constructs a new GroupEvent.
         * @memberof group
         * @classdesc Represents a GroupEvent.
         * @constructor
         * @param {group.GroupEvent.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupEvent = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GroupEvent instance.
         * @member {string} instance
         * @memberof group.GroupEvent
         * @instance
         */
        GroupEvent.prototype.instance = "";

        /**
         * GroupEvent delivery.
         * @member {group.Delivery.$Properties|null|undefined} delivery
         * @memberof group.GroupEvent
         * @instance
         */
        GroupEvent.prototype.delivery = null;

        /**
         * GroupEvent view.
         * @member {group.GroupView.$Properties|null|undefined} view
         * @memberof group.GroupEvent
         * @instance
         */
        GroupEvent.prototype.view = null;

        /**
         * GroupEvent ping.
         * @member {group.Ping.$Properties|null|undefined} ping
         * @memberof group.GroupEvent
         * @instance
         */
        GroupEvent.prototype.ping = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * GroupEvent body.
         * @member {"delivery"|"view"|"ping"|undefined} body
         * @memberof group.GroupEvent
         * @instance
         */
        $Object.defineProperty(GroupEvent.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["delivery", "view", "ping"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified GroupEvent message. Does not implicitly {@link group.GroupEvent.verify|verify} messages.
         * @function encode
         * @memberof group.GroupEvent
         * @static
         * @param {group.GroupEvent.$Properties} message GroupEvent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupEvent.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.instance != null && $Object.hasOwnProperty.call(message, "instance") && message.instance !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.instance);
            if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery"))
                $root.group.Delivery.encode(message.delivery, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.view != null && $Object.hasOwnProperty.call(message, "view"))
                $root.group.GroupView.encode(message.view, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                $root.group.Ping.encode(message.ping, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified GroupEvent message, length delimited. Does not implicitly {@link group.GroupEvent.verify|verify} messages.
         * @function encodeDelimited
         * @memberof group.GroupEvent
         * @static
         * @param {group.GroupEvent.$Properties} message GroupEvent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupEvent.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a GroupEvent message from the specified reader or buffer.
         * @function decode
         * @memberof group.GroupEvent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {group.GroupEvent & group.GroupEvent.$Shape} GroupEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupEvent.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.group.GroupEvent();
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
                            message.instance = value;
                        else
                            delete message.instance;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.delivery = $root.group.Delivery.decode(reader, reader.size(), $undefined, _depth + 1, message.delivery);
                        message.body = "delivery";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.view = $root.group.GroupView.decode(reader, reader.size(), $undefined, _depth + 1, message.view);
                        message.body = "view";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.ping = $root.group.Ping.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                        message.body = "ping";
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
         * Decodes a GroupEvent message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof group.GroupEvent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {group.GroupEvent & group.GroupEvent.$Shape} GroupEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupEvent.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return GroupEvent;
    })();

    return group;
})();

export {
  $root as default
};
