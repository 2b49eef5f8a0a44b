/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const membership = $root.membership = (() => {

    /**
     * Namespace membership.
     * @exports membership
     * @namespace
     */
    const membership = {};

    membership.Member = (function() {

        /**
         * Properties of a Member.
         * @typedef {Object} membership.Member.$Properties
         * @property {string|null} [node] Member node
         * @property {number|null} [boot] Member boot
         * @property {number|Long|null} [since] Member since
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Member.
         * @memberof membership
         * @interface IMember
         * @augments membership.Member.$Properties
         * @deprecated Use membership.Member.$Properties instead.
         */

        /**
         * Shape of a Member.
         * @typedef {membership.Member.$Properties} membership.Member.$Shape
         */

        /**
         * Constructs a new Member.
         * @memberof membership
         * @classdesc Represents a Member.
         * @constructor
         * @param {membership.Member.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Member = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Member node.
         * @member {string} node
         * @memberof membership.Member
         * @instance
         */
        Member.prototype.node = "";

        /**
         * Member boot.
         * @member {number} boot
         * @memberof membership.Member
         * @instance
         */
        Member.prototype.boot = 0;

        /**
         * Member since.
         * @member {number|Long} since
         * @memberof membership.Member
         * @instance
         */
        Member.prototype.since = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified Member message. Does not implicitly {@link membership.Member.verify|verify} messages.
         * @function encode
         * @memberof membership.Member
         * @static
         * @param {membership.Member.$Properties} message Member message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Member.encode = function (message, writer, _depth) {
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
            if (message.since != null && $Object.hasOwnProperty.call(message, "since") && (typeof message.since === "object" ? message.since.low || message.since.high : message.since !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.since);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Member message, length delimited. Does not implicitly {@link membership.Member.verify|verify} messages.
         * @function encodeDelimited
         * @memberof membership.Member
         * @static
         * @param {membership.Member.$Properties} message Member message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Member.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Member message from the specified reader or buffer.
         * @function decode
         * @memberof membership.Member
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {membership.Member & membership.Member.$Shape} Member
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Member.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.membership.Member();
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
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.since = value;
                        else
                            delete message.since;
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
         * Decodes a Member message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof membership.Member
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {membership.Member & membership.Member.$Shape} Member
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Member.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Member;
    })();

    membership.View = (function() {

        /**
         * Properties of a View.
         * @typedef {Object} membership.View.$Properties
         * @property {number|Long|null} [id] View id
         * @property {Array.<membership.Member.$Properties>|null} [members] View members
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a View.
         * @memberof membership
         * @interface IView
         * @augments membership.View.$Properties
         * @deprecated Use membership.View.$Properties instead.
         */

        /**
         * Shape of a View.
         * @typedef {membership.View.$Properties} membership.View.$Shape
         */

        /**
         * Constructs a new View.
         * @memberof membership
         * @classdesc Represents a View.
         * @constructor
         * @param {membership.View.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const View = function (properties) {
            this.members = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * View id.
         * @member {number|Long} id
         * @memberof membership.View
         * @instance
         */
        View.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * View members.
         * @member {Array.<membership.Member.$Properties>} members
         * @memberof membership.View
         * @instance
         */
        View.prototype.members = $util.emptyArray;

        /**
         * Encodes the specified View message. Does not implicitly {@link membership.View.verify|verify} messages.
         * @function encode
         * @memberof membership.View
         * @static
         * @param {membership.View.$Properties} message View message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        View.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
            if (message.members != null && message.members.length)
                for (let i = 0; i < message.members.length; ++i)
                    $root.membership.Member.encode(message.members[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified View message, length delimited. Does not implicitly {@link membership.View.verify|verify} messages.
         * @function encodeDelimited
         * @memberof membership.View
         * @static
         * @param {membership.View.$Properties} message View message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        View.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a View message from the specified reader or buffer.
         * @function decode
         * @memberof membership.View
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {membership.View & membership.View.$Shape} View
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        View.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.membership.View();
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
                        if (!(message.members && message.members.length))
                            message.members = [];
                        message.members.push($root.membership.Member.decode(reader, reader.size(), $undefined, _depth + 1));
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
         * Decodes a View message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof membership.View
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {membership.View & membership.View.$Shape} View
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        View.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return View;
    })();

    membership.Hello = (function() {

        /**
         * Properties of a Hello.
         * @typedef {Object} membership.Hello.$Properties
         * @property {number|null} [boot] Hello boot
         * @property {number|Long|null} [installed] Hello installed
         * @property {boolean|null} [suspended] Hello suspended
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Hello.
         * @memberof membership
         * @interface IHello
         * @augments membership.Hello.$Properties
         * @deprecated Use membership.Hello.$Properties instead.
         */

        /**
         * Shape of a Hello.
         * @typedef {membership.Hello.$Properties} membership.Hello.$Shape
         */

        /**
         * Constructs a new Hello.
         * @memberof membership
         * @classdesc Represents a Hello.
         * @constructor
         * @param {membership.Hello.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Hello = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Hello boot.
         * @member {number} boot
         * @memberof membership.Hello
         * @instance
         */
        Hello.prototype.boot = 0;

        /**
         * Hello installed.
         * @member {number|Long} installed
         * @memberof membership.Hello
         * @instance
         */
        Hello.prototype.installed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Hello suspended.
         * @member {boolean} suspended
         * @memberof membership.Hello
         * @instance
         */
        Hello.prototype.suspended = false;

        /**
         * Encodes the specified Hello message. Does not implicitly {@link membership.Hello.verify|verify} messages.
         * @function encode
         * @memberof membership.Hello
         * @static
         * @param {membership.Hello.$Properties} message Hello message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Hello.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.boot != null && $Object.hasOwnProperty.call(message, "boot") && message.boot !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.boot);
            if (message.installed != null && $Object.hasOwnProperty.call(message, "installed") && (typeof message.installed === "object" ? message.installed.low || message.installed.high : message.installed !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.installed);
            if (message.suspended != null && $Object.hasOwnProperty.call(message, "suspended") && message.suspended !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.suspended);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Hello message, length delimited. Does not implicitly {@link membership.Hello.verify|verify} messages.
         * @function encodeDelimited
         * @memberof membership.Hello
         * @static
         * @param {membership.Hello.$Properties} message Hello message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Hello.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Hello message from the specified reader or buffer.
         * @function decode
         * @memberof membership.Hello
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {membership.Hello & membership.Hello.$Shape} Hello
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Hello.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.membership.Hello();
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
                            message.boot = value;
                        else
                            delete message.boot;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.installed = value;
                        else
                            delete message.installed;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.suspended = value;
                        else
                            delete message.suspended;
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
         * Decodes a Hello message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof membership.Hello
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {membership.Hello & membership.Hello.$Shape} Hello
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Hello.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Hello;
    })();

    membership.Propose = (function() {

        /**
         * Properties of a Propose.
         * @typedef {Object} membership.Propose.$Properties
         * @property {number|Long|null} [id] Propose id
         * @property {Array.<membership.Member.$Properties>|null} [members] Propose members
         * @property {membership.View.$Properties|null} [base] Propose base
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Propose.
         * @memberof membership
         * @interface IPropose
         * @augments membership.Propose.$Properties
         * @deprecated Use membership.Propose.$Properties instead.
         */

        /**
         * Shape of a Propose.
         * @typedef {membership.Propose.$Properties} membership.Propose.$Shape
         */

        /**
         * Constructs a new Propose.
         * @memberof membership
         * @classdesc Represents a Propose.
         * @constructor
         * @param {membership.Propose.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Propose = function (properties) {
            this.members = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Propose id.
         * @member {number|Long} id
         * @memberof membership.Propose
         * @instance
         */
        Propose.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Propose members.
         * @member {Array.<membership.Member.$Properties>} members
         * @memberof membership.Propose
         * @instance
         */
        Propose.prototype.members = $util.emptyArray;

        /**
         * Propose base.
         * @member {membership.View.$Properties|null|undefined} base
         * @memberof membership.Propose
         * @instance
         */
        Propose.prototype.base = null;

        /**
         * Encodes the specified Propose message. Does not implicitly {@link membership.Propose.verify|verify} messages.
         * @function encode
         * @memberof membership.Propose
         * @static
         * @param {membership.Propose.$Properties} message Propose message or plain object to encode
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
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
            if (message.members != null && message.members.length)
                for (let i = 0; i < message.members.length; ++i)
                    $root.membership.Member.encode(message.members[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.base != null && $Object.hasOwnProperty.call(message, "base"))
                $root.membership.View.encode(message.base, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Propose message, length delimited. Does not implicitly {@link membership.Propose.verify|verify} messages.
         * @function encodeDelimited
         * @memberof membership.Propose
         * @static
         * @param {membership.Propose.$Properties} message Propose message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Propose.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Propose message from the specified reader or buffer.
         * @function decode
         * @memberof membership.Propose
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {membership.Propose & membership.Propose.$Shape} Propose
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
            message = _target || new $root.membership.Propose();
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
                        if (!(message.members && message.members.length))
                            message.members = [];
                        message.members.push($root.membership.Member.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.base = $root.membership.View.decode(reader, reader.size(), $undefined, _depth + 1, message.base);
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
         * @memberof membership.Propose
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {membership.Propose & membership.Propose.$Shape} Propose
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

    membership.Accept = (function() {

        /**
         * Properties of an Accept.
         * @typedef {Object} membership.Accept.$Properties
         * @property {number|Long|null} [id] Accept id
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Accept.
         * @memberof membership
         * @interface IAccept
         * @augments membership.Accept.$Properties
         * @deprecated Use membership.Accept.$Properties instead.
         */

        /**
         * Shape of an Accept.
         * @typedef {membership.Accept.$Properties} membership.Accept.$Shape
         */

        /**
         * Constructs a new Accept.
         * @memberof membership
         * @classdesc Represents an Accept.
         * @constructor
         * @param {membership.Accept.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Accept = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Accept id.
         * @member {number|Long} id
         * @memberof membership.Accept
         * @instance
         */
        Accept.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified Accept message. Does not implicitly {@link membership.Accept.verify|verify} messages.
         * @function encode
         * @memberof membership.Accept
         * @static
         * @param {membership.Accept.$Properties} message Accept message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Accept.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Accept message, length delimited. Does not implicitly {@link membership.Accept.verify|verify} messages.
         * @function encodeDelimited
         * @memberof membership.Accept
         * @static
         * @param {membership.Accept.$Properties} message Accept message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Accept.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an Accept message from the specified reader or buffer.
         * @function decode
         * @memberof membership.Accept
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {membership.Accept & membership.Accept.$Shape} Accept
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Accept.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.membership.Accept();
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
         * Decodes an Accept message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof membership.Accept
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {membership.Accept & membership.Accept.$Shape} Accept
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Accept.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Accept;
    })();

    membership.Reject = (function() {

        /**
         * Properties of a Reject.
         * @typedef {Object} membership.Reject.$Properties
         * @property {number|Long|null} [id] Reject id
         * @property {number|Long|null} [promised] Reject promised
         * @property {membership.View.$Properties|null} [installed] Reject installed
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Reject.
         * @memberof membership
         * @interface IReject
         * @augments membership.Reject.$Properties
         * @deprecated Use membership.Reject.$Properties instead.
         */

        /**
         * Shape of a Reject.
         * @typedef {membership.Reject.$Properties} membership.Reject.$Shape
         */

        /**
         * Constructs a new Reject.
         * @memberof membership
         * @classdesc Represents a Reject.
         * @constructor
         * @param {membership.Reject.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Reject = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Reject id.
         * @member {number|Long} id
         * @memberof membership.Reject
         * @instance
         */
        Reject.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Reject promised.
         * @member {number|Long} promised
         * @memberof membership.Reject
         * @instance
         */
        Reject.prototype.promised = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Reject installed.
         * @member {membership.View.$Properties|null|undefined} installed
         * @memberof membership.Reject
         * @instance
         */
        Reject.prototype.installed = null;

        /**
         * Encodes the specified Reject message. Does not implicitly {@link membership.Reject.verify|verify} messages.
         * @function encode
         * @memberof membership.Reject
         * @static
         * @param {membership.Reject.$Properties} message Reject message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Reject.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
            if (message.promised != null && $Object.hasOwnProperty.call(message, "promised") && (typeof message.promised === "object" ? message.promised.low || message.promised.high : message.promised !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.promised);
            if (message.installed != null && $Object.hasOwnProperty.call(message, "installed"))
                $root.membership.View.encode(message.installed, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Reject message, length delimited. Does not implicitly {@link membership.Reject.verify|verify} messages.
         * @function encodeDelimited
         * @memberof membership.Reject
         * @static
         * @param {membership.Reject.$Properties} message Reject message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Reject.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Reject message from the specified reader or buffer.
         * @function decode
         * @memberof membership.Reject
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {membership.Reject & membership.Reject.$Shape} Reject
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Reject.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.membership.Reject();
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
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.promised = value;
                        else
                            delete message.promised;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.installed = $root.membership.View.decode(reader, reader.size(), $undefined, _depth + 1, message.installed);
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
         * Decodes a Reject message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof membership.Reject
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {membership.Reject & membership.Reject.$Shape} Reject
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Reject.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Reject;
    })();

    membership.Install = (function() {

        /**
         * Properties of an Install.
         * @typedef {Object} membership.Install.$Properties
         * @property {membership.View.$Properties|null} [view] Install view
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Install.
         * @memberof membership
         * @interface IInstall
         * @augments membership.Install.$Properties
         * @deprecated Use membership.Install.$Properties instead.
         */

        /**
         * Shape of an Install.
         * @typedef {membership.Install.$Properties} membership.Install.$Shape
         */

        /**
         * Constructs a new Install.
         * @memberof membership
         * @classdesc Represents an Install.
         * @constructor
         * @param {membership.Install.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Install = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Install view.
         * @member {membership.View.$Properties|null|undefined} view
         * @memberof membership.Install
         * @instance
         */
        Install.prototype.view = null;

        /**
         * Encodes the specified Install message. Does not implicitly {@link membership.Install.verify|verify} messages.
         * @function encode
         * @memberof membership.Install
         * @static
         * @param {membership.Install.$Properties} message Install message or plain object to encode
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
            if (message.view != null && $Object.hasOwnProperty.call(message, "view"))
                $root.membership.View.encode(message.view, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Install message, length delimited. Does not implicitly {@link membership.Install.verify|verify} messages.
         * @function encodeDelimited
         * @memberof membership.Install
         * @static
         * @param {membership.Install.$Properties} message Install message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Install.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an Install message from the specified reader or buffer.
         * @function decode
         * @memberof membership.Install
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {membership.Install & membership.Install.$Shape} Install
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
            message = _target || new $root.membership.Install();
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
                        message.view = $root.membership.View.decode(reader, reader.size(), $undefined, _depth + 1, message.view);
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
         * @memberof membership.Install
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {membership.Install & membership.Install.$Shape} Install
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

    membership.Installed = (function() {

        /**
         * Properties of an Installed.
         * @typedef {Object} membership.Installed.$Properties
         * @property {number|Long|null} [id] Installed id
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Installed.
         * @memberof membership
         * @interface IInstalled
         * @augments membership.Installed.$Properties
         * @deprecated Use membership.Installed.$Properties instead.
         */

        /**
         * Shape of an Installed.
         * @typedef {membership.Installed.$Properties} membership.Installed.$Shape
         */

        /**
         * Constructs a new Installed.
         * @memberof membership
         * @classdesc Represents an Installed.
         * @constructor
         * @param {membership.Installed.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Installed = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Installed id.
         * @member {number|Long} id
         * @memberof membership.Installed
         * @instance
         */
        Installed.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified Installed message. Does not implicitly {@link membership.Installed.verify|verify} messages.
         * @function encode
         * @memberof membership.Installed
         * @static
         * @param {membership.Installed.$Properties} message Installed message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Installed.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Installed message, length delimited. Does not implicitly {@link membership.Installed.verify|verify} messages.
         * @function encodeDelimited
         * @memberof membership.Installed
         * @static
         * @param {membership.Installed.$Properties} message Installed message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Installed.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an Installed message from the specified reader or buffer.
         * @function decode
         * @memberof membership.Installed
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {membership.Installed & membership.Installed.$Shape} Installed
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Installed.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.membership.Installed();
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
         * Decodes an Installed message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof membership.Installed
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {membership.Installed & membership.Installed.$Shape} Installed
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Installed.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Installed;
    })();

    membership.CmsMessage = (function() {

        /**
         * Properties of a CmsMessage.
         * @typedef {Object} membership.CmsMessage.$Properties
         * @property {membership.Hello.$Properties|null} [hello] CmsMessage hello
         * @property {membership.Propose.$Properties|null} [propose] CmsMessage propose
         * @property {membership.Accept.$Properties|null} [accept] CmsMessage accept
         * @property {membership.Reject.$Properties|null} [reject] CmsMessage reject
         * @property {membership.Install.$Properties|null} [install] CmsMessage install
         * @property {membership.Installed.$Properties|null} [installed] CmsMessage installed
         * @property {"hello"|"propose"|"accept"|"reject"|"install"|"installed"} [body] CmsMessage body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CmsMessage.
         * @memberof membership
         * @interface ICmsMessage
         * @augments membership.CmsMessage.$Properties
         * @deprecated Use membership.CmsMessage.$Properties instead.
         */

        /**
         * Narrowed shape of a CmsMessage.
         * @typedef {{
         *   hello?: membership.Hello.$Shape|null;
         *   propose?: membership.Propose.$Shape|null;
         *   accept?: membership.Accept.$Shape|null;
         *   reject?: membership.Reject.$Shape|null;
         *   install?: membership.Install.$Shape|null;
         *   installed?: membership.Installed.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ body?: undefined; hello?: null; propose?: null; accept?: null; reject?: null; install?: null; installed?: null }|{ body?: "hello"; hello: membership.Hello.$Shape; propose?: null; accept?: null; reject?: null; install?: null; installed?: null }|{ body?: "propose"; hello?: null; propose: membership.Propose.$Shape; accept?: null; reject?: null; install?: null; installed?: null }|{ body?: "accept"; hello?: null; propose?: null; accept: membership.Accept.$Shape; reject?: null; install?: null; installed?: null }|{ body?: "reject"; hello?: null; propose?: null; accept?: null; reject: membership.Reject.$Shape; install?: null; installed?: null }|{ body?: "install"; hello?: null; propose?: null; accept?: null; reject?: null; install: membership.Install.$Shape; installed?: null }|{ body?: "installed"; hello?: null; propose?: null; accept?: null; reject?: null; install?: null; installed: membership.Installed.$Shape })
         * )} membership.CmsMessage.$Shape
         */

        /**
         * Constructs a new CmsMessage.
         * @memberof membership
         * @classdesc Represents a CmsMessage.
         * @constructor
         * @param {membership.CmsMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CmsMessage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * CmsMessage hello.
         * @member {membership.Hello.$Properties|null|undefined} hello
         * @memberof membership.CmsMessage
         * @instance
         */
        CmsMessage.prototype.hello = null;

        /**
         * CmsMessage propose.
         * @member {membership.Propose.$Properties|null|undefined} propose
         * @memberof membership.CmsMessage
         * @instance
         */
        CmsMessage.prototype.propose = null;

        /**
         * CmsMessage accept.
         * @member {membership.Accept.$Properties|null|undefined} accept
         * @memberof membership.CmsMessage
         * @instance
         */
        CmsMessage.prototype.accept = null;

        /**
         * CmsMessage reject.
         * @member {membership.Reject.$Properties|null|undefined} reject
         * @memberof membership.CmsMessage
         * @instance
         */
        CmsMessage.prototype.reject = null;

        /**
         * CmsMessage install.
         * @member {membership.Install.$Properties|null|undefined} install
         * @memberof membership.CmsMessage
         * @instance
         */
        CmsMessage.prototype.install = null;

        /**
         * CmsMessage installed.
         * @member {membership.Installed.$Properties|null|undefined} installed
         * @memberof membership.CmsMessage
         * @instance
         */
        CmsMessage.prototype.installed = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * CmsMessage body.
         * @member {"hello"|"propose"|"accept"|"reject"|"install"|"installed"|undefined} body
         * @memberof membership.CmsMessage
         * @instance
         */
        $Object.defineProperty(CmsMessage.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["hello", "propose", "accept", "reject", "install", "installed"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified CmsMessage message. Does not implicitly {@link membership.CmsMessage.verify|verify} messages.
         * @function encode
         * @memberof membership.CmsMessage
         * @static
         * @param {membership.CmsMessage.$Properties} message CmsMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CmsMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                $root.membership.Hello.encode(message.hello, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.propose != null && $Object.hasOwnProperty.call(message, "propose"))
                $root.membership.Propose.encode(message.propose, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.accept != null && $Object.hasOwnProperty.call(message, "accept"))
                $root.membership.Accept.encode(message.accept, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.reject != null && $Object.hasOwnProperty.call(message, "reject"))
                $root.membership.Reject.encode(message.reject, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.install != null && $Object.hasOwnProperty.call(message, "install"))
                $root.membership.Install.encode(message.install, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.installed != null && $Object.hasOwnProperty.call(message, "installed"))
                $root.membership.Installed.encode(message.installed, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified CmsMessage message, length delimited. Does not implicitly {@link membership.CmsMessage.verify|verify} messages.
         * @function encodeDelimited
         * @memberof membership.CmsMessage
         * @static
         * @param {membership.CmsMessage.$Properties} message CmsMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CmsMessage.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CmsMessage message from the specified reader or buffer.
         * @function decode
         * @memberof membership.CmsMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {membership.CmsMessage & membership.CmsMessage.$Shape} CmsMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CmsMessage.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.membership.CmsMessage();
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
                        message.hello = $root.membership.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                        message.body = "hello";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.propose = $root.membership.Propose.decode(reader, reader.size(), $undefined, _depth + 1, message.propose);
                        message.body = "propose";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.accept = $root.membership.Accept.decode(reader, reader.size(), $undefined, _depth + 1, message.accept);
                        message.body = "accept";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.reject = $root.membership.Reject.decode(reader, reader.size(), $undefined, _depth + 1, message.reject);
                        message.body = "reject";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.install = $root.membership.Install.decode(reader, reader.size(), $undefined, _depth + 1, message.install);
                        message.body = "install";
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.installed = $root.membership.Installed.decode(reader, reader.size(), $undefined, _depth + 1, message.installed);
                        message.body = "installed";
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
         * Decodes a CmsMessage message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof membership.CmsMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {membership.CmsMessage & membership.CmsMessage.$Shape} CmsMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CmsMessage.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return CmsMessage;
    })();

    membership.StatusRequest = (function() {

        /**
         * Properties of a StatusRequest.
         * @typedef {Object} membership.StatusRequest.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StatusRequest.
         * @memberof membership
         * @interface IStatusRequest
         * @augments membership.StatusRequest.$Properties
         * @deprecated Use membership.StatusRequest.$Properties instead.
         */

        /**
         * Shape of a StatusRequest.
         * @typedef {membership.StatusRequest.$Properties} membership.StatusRequest.$Shape
         */

        /**
         * Constructs a new StatusRequest.
         * @memberof membership
         * @classdesc Represents a StatusRequest.
         * @constructor
         * @param {membership.StatusRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StatusRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified StatusRequest message. Does not implicitly {@link membership.StatusRequest.verify|verify} messages.
         * @function encode
         * @memberof membership.StatusRequest
         * @static
         * @param {membership.StatusRequest.$Properties} message StatusRequest message or plain object to encode
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
         * Encodes the specified StatusRequest message, length delimited. Does not implicitly {@link membership.StatusRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof membership.StatusRequest
         * @static
         * @param {membership.StatusRequest.$Properties} message StatusRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a StatusRequest message from the specified reader or buffer.
         * @function decode
         * @memberof membership.StatusRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {membership.StatusRequest & membership.StatusRequest.$Shape} StatusRequest
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
            message = _target || new $root.membership.StatusRequest();
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
         * @memberof membership.StatusRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {membership.StatusRequest & membership.StatusRequest.$Shape} StatusRequest
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

    membership.WatchRequest = (function() {

        /**
         * Properties of a WatchRequest.
         * @typedef {Object} membership.WatchRequest.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WatchRequest.
         * @memberof membership
         * @interface IWatchRequest
         * @augments membership.WatchRequest.$Properties
         * @deprecated Use membership.WatchRequest.$Properties instead.
         */

        /**
         * Shape of a WatchRequest.
         * @typedef {membership.WatchRequest.$Properties} membership.WatchRequest.$Shape
         */

        /**
         * Constructs a new WatchRequest.
         * @memberof membership
         * @classdesc Represents a WatchRequest.
         * @constructor
         * @param {membership.WatchRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WatchRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Encodes the specified WatchRequest message. Does not implicitly {@link membership.WatchRequest.verify|verify} messages.
         * @function encode
         * @memberof membership.WatchRequest
         * @static
         * @param {membership.WatchRequest.$Properties} message WatchRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WatchRequest.encode = function (message, writer, _depth) {
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
         * Encodes the specified WatchRequest message, length delimited. Does not implicitly {@link membership.WatchRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof membership.WatchRequest
         * @static
         * @param {membership.WatchRequest.$Properties} message WatchRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WatchRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a WatchRequest message from the specified reader or buffer.
         * @function decode
         * @memberof membership.WatchRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {membership.WatchRequest & membership.WatchRequest.$Shape} WatchRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WatchRequest.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.membership.WatchRequest();
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
         * Decodes a WatchRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof membership.WatchRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {membership.WatchRequest & membership.WatchRequest.$Shape} WatchRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WatchRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return WatchRequest;
    })();

    membership.MembershipCall = (function() {

        /**
         * Properties of a MembershipCall.
         * @typedef {Object} membership.MembershipCall.$Properties
         * @property {membership.StatusRequest.$Properties|null} [status] MembershipCall status
         * @property {membership.WatchRequest.$Properties|null} [watch] MembershipCall watch
         * @property {"status"|"watch"} [body] MembershipCall body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MembershipCall.
         * @memberof membership
         * @interface IMembershipCall
         * @augments membership.MembershipCall.$Properties
         * @deprecated Use membership.MembershipCall.$Properties instead.
         */

        /**
         * Narrowed shape of a MembershipCall.
         * @typedef {{
         *   status?: membership.StatusRequest.$Shape|null;
         *   watch?: membership.WatchRequest.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ body?: undefined; status?: null; watch?: null }|{ body?: "status"; status: membership.StatusRequest.$Shape; watch?: null }|{ body?: "watch"; status?: null; watch: membership.WatchRequest.$Shape })
         * )} membership.MembershipCall.$Shape
         */

        /**
         * Constructs a new MembershipCall.
         * @memberof membership
         * @classdesc Represents a MembershipCall.
         * @constructor
         * @param {membership.MembershipCall.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MembershipCall = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * MembershipCall status.
         * @member {membership.StatusRequest.$Properties|null|undefined} status
         * @memberof membership.MembershipCall
         * @instance
         */
        MembershipCall.prototype.status = null;

        /**
         * MembershipCall watch.
         * @member {membership.WatchRequest.$Properties|null|undefined} watch
         * @memberof membership.MembershipCall
         * @instance
         */
        MembershipCall.prototype.watch = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * MembershipCall body.
         * @member {"status"|"watch"|undefined} body
         * @memberof membership.MembershipCall
         * @instance
         */
        $Object.defineProperty(MembershipCall.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["status", "watch"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified MembershipCall message. Does not implicitly {@link membership.MembershipCall.verify|verify} messages.
         * @function encode
         * @memberof membership.MembershipCall
         * @static
         * @param {membership.MembershipCall.$Properties} message MembershipCall message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MembershipCall.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                $root.membership.StatusRequest.encode(message.status, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.watch != null && $Object.hasOwnProperty.call(message, "watch"))
                $root.membership.WatchRequest.encode(message.watch, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified MembershipCall message, length delimited. Does not implicitly {@link membership.MembershipCall.verify|verify} messages.
         * @function encodeDelimited
         * @memberof membership.MembershipCall
         * @static
         * @param {membership.MembershipCall.$Properties} message MembershipCall message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MembershipCall.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MembershipCall message from the specified reader or buffer.
         * @function decode
         * @memberof membership.MembershipCall
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {membership.MembershipCall & membership.MembershipCall.$Shape} MembershipCall
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MembershipCall.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.membership.MembershipCall();
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
                        message.status = $root.membership.StatusRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                        message.body = "status";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.watch = $root.membership.WatchRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.watch);
                        message.body = "watch";
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
         * Decodes a MembershipCall message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof membership.MembershipCall
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {membership.MembershipCall & membership.MembershipCall.$Shape} MembershipCall
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MembershipCall.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return MembershipCall;
    })();

    membership.NodeState = (function() {

        /**
         * Properties of a NodeState.
         * @typedef {Object} membership.NodeState.$Properties
         * @property {string|null} [node] NodeState node
         * @property {string|null} [state] NodeState state
         * @property {number|null} [boot] NodeState boot
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NodeState.
         * @memberof membership
         * @interface INodeState
         * @augments membership.NodeState.$Properties
         * @deprecated Use membership.NodeState.$Properties instead.
         */

        /**
         * Shape of a NodeState.
         * @typedef {membership.NodeState.$Properties} membership.NodeState.$Shape
         */

        /**
         * Constructs a new NodeState.
         * @memberof membership
         * @classdesc Represents a NodeState.
         * @constructor
         * @param {membership.NodeState.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NodeState = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * NodeState node.
         * @member {string} node
         * @memberof membership.NodeState
         * @instance
         */
        NodeState.prototype.node = "";

        /**
         * NodeState state.
         * @member {string} state
         * @memberof membership.NodeState
         * @instance
         */
        NodeState.prototype.state = "";

        /**
         * NodeState boot.
         * @member {number} boot
         * @memberof membership.NodeState
         * @instance
         */
        NodeState.prototype.boot = 0;

        /**
         * Encodes the specified NodeState message. Does not implicitly {@link membership.NodeState.verify|verify} messages.
         * @function encode
         * @memberof membership.NodeState
         * @static
         * @param {membership.NodeState.$Properties} message NodeState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeState.encode = function (message, writer, _depth) {
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
            if (message.boot != null && $Object.hasOwnProperty.call(message, "boot") && message.boot !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.boot);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified NodeState message, length delimited. Does not implicitly {@link membership.NodeState.verify|verify} messages.
         * @function encodeDelimited
         * @memberof membership.NodeState
         * @static
         * @param {membership.NodeState.$Properties} message NodeState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeState.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a NodeState message from the specified reader or buffer.
         * @function decode
         * @memberof membership.NodeState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {membership.NodeState & membership.NodeState.$Shape} NodeState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeState.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.membership.NodeState();
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
         * Decodes a NodeState message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof membership.NodeState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {membership.NodeState & membership.NodeState.$Shape} NodeState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeState.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return NodeState;
    })();

    membership.MembershipStatus = (function() {

        /**
         * Properties of a MembershipStatus.
         * @typedef {Object} membership.MembershipStatus.$Properties
         * @property {string|null} [node] MembershipStatus node
         * @property {membership.View.$Properties|null} [view] MembershipStatus view
         * @property {string|null} [coordinator] MembershipStatus coordinator
         * @property {boolean|null} [suspended] MembershipStatus suspended
         * @property {Array.<membership.NodeState.$Properties>|null} [nodes] MembershipStatus nodes
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MembershipStatus.
         * @memberof membership
         * @interface IMembershipStatus
         * @augments membership.MembershipStatus.$Properties
         * @deprecated Use membership.MembershipStatus.$Properties instead.
         */

        /**
         * Shape of a MembershipStatus.
         * @typedef {membership.MembershipStatus.$Properties} membership.MembershipStatus.$Shape
         */

        /**
         * Constructs a new MembershipStatus.
         * @memberof membership
         * @classdesc Represents a MembershipStatus.
         * @constructor
         * @param {membership.MembershipStatus.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MembershipStatus = function (properties) {
            this.nodes = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * MembershipStatus node.
         * @member {string} node
         * @memberof membership.MembershipStatus
         * @instance
         */
        MembershipStatus.prototype.node = "";

        /**
         * MembershipStatus view.
         * @member {membership.View.$Properties|null|undefined} view
         * @memberof membership.MembershipStatus
         * @instance
         */
        MembershipStatus.prototype.view = null;

        /**
         * MembershipStatus coordinator.
         * @member {string} coordinator
         * @memberof membership.MembershipStatus
         * @instance
         */
        MembershipStatus.prototype.coordinator = "";

        /**
         * MembershipStatus suspended.
         * @member {boolean} suspended
         * @memberof membership.MembershipStatus
         * @instance
         */
        MembershipStatus.prototype.suspended = false;

        /**
         * MembershipStatus nodes.
         * @member {Array.<membership.NodeState.$Properties>} nodes
         * @memberof membership.MembershipStatus
         * @instance
         */
        MembershipStatus.prototype.nodes = $util.emptyArray;

        /**
         * Encodes the specified MembershipStatus message. Does not implicitly {@link membership.MembershipStatus.verify|verify} messages.
         * @function encode
         * @memberof membership.MembershipStatus
         * @static
         * @param {membership.MembershipStatus.$Properties} message MembershipStatus message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MembershipStatus.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
            if (message.view != null && $Object.hasOwnProperty.call(message, "view"))
                $root.membership.View.encode(message.view, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.coordinator != null && $Object.hasOwnProperty.call(message, "coordinator") && message.coordinator !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.coordinator);
            if (message.suspended != null && $Object.hasOwnProperty.call(message, "suspended") && message.suspended !== false)
                writer.uint32(/* id 4, wireType 0 =*/32).bool(message.suspended);
            if (message.nodes != null && message.nodes.length)
                for (let i = 0; i < message.nodes.length; ++i)
                    $root.membership.NodeState.encode(message.nodes[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified MembershipStatus message, length delimited. Does not implicitly {@link membership.MembershipStatus.verify|verify} messages.
         * @function encodeDelimited
         * @memberof membership.MembershipStatus
         * @static
         * @param {membership.MembershipStatus.$Properties} message MembershipStatus message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MembershipStatus.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MembershipStatus message from the specified reader or buffer.
         * @function decode
         * @memberof membership.MembershipStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {membership.MembershipStatus & membership.MembershipStatus.$Shape} MembershipStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MembershipStatus.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.membership.MembershipStatus();
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
                        message.view = $root.membership.View.decode(reader, reader.size(), $undefined, _depth + 1, message.view);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.coordinator = value;
                        else
                            delete message.coordinator;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.suspended = value;
                        else
                            delete message.suspended;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.nodes && message.nodes.length))
                            message.nodes = [];
                        message.nodes.push($root.membership.NodeState.decode(reader, reader.size(), $undefined, _depth + 1));
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
         * Decodes a MembershipStatus message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof membership.MembershipStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {membership.MembershipStatus & membership.MembershipStatus.$Shape} MembershipStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MembershipStatus.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return MembershipStatus;
    })();

    membership.MembershipReply = (function() {

        /**
         * Properties of a MembershipReply.
         * @typedef {Object} membership.MembershipReply.$Properties
         * @property {membership.MembershipStatus.$Properties|null} [status] MembershipReply status
         * @property {boolean|null} [watching] MembershipReply watching
         * @property {"status"|"watching"} [body] MembershipReply body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MembershipReply.
         * @memberof membership
         * @interface IMembershipReply
         * @augments membership.MembershipReply.$Properties
         * @deprecated Use membership.MembershipReply.$Properties instead.
         */

        /**
         * Narrowed shape of a MembershipReply.
         * @typedef {{
         *   status?: membership.MembershipStatus.$Shape|null;
         *   watching?: boolean|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ body?: undefined; status?: null; watching?: null }|{ body?: "status"; status: membership.MembershipStatus.$Shape; watching?: null }|{ body?: "watching"; status?: null; watching: boolean })
         * )} membership.MembershipReply.$Shape
         */

        /**
         * Constructs a new MembershipReply.
         * @memberof membership
         * @classdesc Represents a MembershipReply.
         * @constructor
         * @param {membership.MembershipReply.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MembershipReply = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * MembershipReply status.
         * @member {membership.MembershipStatus.$Properties|null|undefined} status
         * @memberof membership.MembershipReply
         * @instance
         */
        MembershipReply.prototype.status = null;

        /**
         * MembershipReply watching.
         * @member {boolean|null|undefined} watching
         * @memberof membership.MembershipReply
         * @instance
         */
        MembershipReply.prototype.watching = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * MembershipReply body.
         * @member {"status"|"watching"|undefined} body
         * @memberof membership.MembershipReply
         * @instance
         */
        $Object.defineProperty(MembershipReply.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["status", "watching"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified MembershipReply message. Does not implicitly {@link membership.MembershipReply.verify|verify} messages.
         * @function encode
         * @memberof membership.MembershipReply
         * @static
         * @param {membership.MembershipReply.$Properties} message MembershipReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MembershipReply.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                $root.membership.MembershipStatus.encode(message.status, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.watching != null && $Object.hasOwnProperty.call(message, "watching"))
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.watching);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified MembershipReply message, length delimited. Does not implicitly {@link membership.MembershipReply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof membership.MembershipReply
         * @static
         * @param {membership.MembershipReply.$Properties} message MembershipReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MembershipReply.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MembershipReply message from the specified reader or buffer.
         * @function decode
         * @memberof membership.MembershipReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {membership.MembershipReply & membership.MembershipReply.$Shape} MembershipReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MembershipReply.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.membership.MembershipReply();
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
                        message.status = $root.membership.MembershipStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                        message.body = "status";
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.watching = reader.bool();
                        message.body = "watching";
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
         * Decodes a MembershipReply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof membership.MembershipReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {membership.MembershipReply & membership.MembershipReply.$Shape} MembershipReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MembershipReply.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return MembershipReply;
    })();

    membership.ViewInstalled = (function() {

        /**
         * Properties of a ViewInstalled.
         * @typedef {Object} membership.ViewInstalled.$Properties
         * @property {membership.View.$Properties|null} [view] ViewInstalled view
         * @property {string|null} [coordinator] ViewInstalled coordinator
         * @property {Array.<string>|null} [joined] ViewInstalled joined
         * @property {Array.<string>|null} [left] ViewInstalled left
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ViewInstalled.
         * @memberof membership
         * @interface IViewInstalled
         * @augments membership.ViewInstalled.$Properties
         * @deprecated Use membership.ViewInstalled.$Properties instead.
         */

        /**
         * Shape of a ViewInstalled.
         * @typedef {membership.ViewInstalled.$Properties} membership.ViewInstalled.$Shape
         */

        /**
         * Constructs a new ViewInstalled.
         * @memberof membership
         * @classdesc Represents a ViewInstalled.
         * @constructor
         * @param {membership.ViewInstalled.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ViewInstalled = function (properties) {
            this.joined = [];
            this.left = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ViewInstalled view.
         * @member {membership.View.$Properties|null|undefined} view
         * @memberof membership.ViewInstalled
         * @instance
         */
        ViewInstalled.prototype.view = null;

        /**
         * ViewInstalled coordinator.
         * @member {string} coordinator
         * @memberof membership.ViewInstalled
         * @instance
         */
        ViewInstalled.prototype.coordinator = "";

        /**
         * ViewInstalled joined.
         * @member {Array.<string>} joined
         * @memberof membership.ViewInstalled
         * @instance
         */
        ViewInstalled.prototype.joined = $util.emptyArray;

        /**
         * ViewInstalled left.
         * @member {Array.<string>} left
         * @memberof membership.ViewInstalled
         * @instance
         */
        ViewInstalled.prototype.left = $util.emptyArray;

        /**
         * Encodes the specified ViewInstalled message. Does not implicitly {@link membership.ViewInstalled.verify|verify} messages.
         * @function encode
         * @memberof membership.ViewInstalled
         * @static
         * @param {membership.ViewInstalled.$Properties} message ViewInstalled message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ViewInstalled.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.view != null && $Object.hasOwnProperty.call(message, "view"))
                $root.membership.View.encode(message.view, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.coordinator != null && $Object.hasOwnProperty.call(message, "coordinator") && message.coordinator !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.coordinator);
            if (message.joined != null && message.joined.length)
                for (let i = 0; i < message.joined.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.joined[i]);
            if (message.left != null && message.left.length)
                for (let i = 0; i < message.left.length; ++i)
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.left[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ViewInstalled message, length delimited. Does not implicitly {@link membership.ViewInstalled.verify|verify} messages.
         * @function encodeDelimited
         * @memberof membership.ViewInstalled
         * @static
         * @param {membership.ViewInstalled.$Properties} message ViewInstalled message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ViewInstalled.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ViewInstalled message from the specified reader or buffer.
         * @function decode
         * @memberof membership.ViewInstalled
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {membership.ViewInstalled & membership.ViewInstalled.$Shape} ViewInstalled
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ViewInstalled.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.membership.ViewInstalled();
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
                        message.view = $root.membership.View.decode(reader, reader.size(), $undefined, _depth + 1, message.view);
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
                        if (wireType !== 2)
                            break;
                        if (!(message.joined && message.joined.length))
                            message.joined = [];
                        message.joined.push(reader.stringVerify());
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.left && message.left.length))
                            message.left = [];
                        message.left.push(reader.stringVerify());
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
         * Decodes a ViewInstalled message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof membership.ViewInstalled
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {membership.ViewInstalled & membership.ViewInstalled.$Shape} ViewInstalled
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ViewInstalled.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return ViewInstalled;
    })();

    membership.NodeSuspected = (function() {

        /**
         * Properties of a NodeSuspected.
         * @typedef {Object} membership.NodeSuspected.$Properties
         * @property {string|null} [node] NodeSuspected node
         * @property {string|null} [reason] NodeSuspected reason
         * @property {number|Long|null} [view] NodeSuspected view
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NodeSuspected.
         * @memberof membership
         * @interface INodeSuspected
         * @augments membership.NodeSuspected.$Properties
         * @deprecated Use membership.NodeSuspected.$Properties instead.
         */

        /**
         * Shape of a NodeSuspected.
         * @typedef {membership.NodeSuspected.$Properties} membership.NodeSuspected.$Shape
         */

        /**
         * Constructs a new NodeSuspected.
         * @memberof membership
         * @classdesc Represents a NodeSuspected.
         * @constructor
         * @param {membership.NodeSuspected.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NodeSuspected = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * NodeSuspected node.
         * @member {string} node
         * @memberof membership.NodeSuspected
         * @instance
         */
        NodeSuspected.prototype.node = "";

        /**
         * NodeSuspected reason.
         * @member {string} reason
         * @memberof membership.NodeSuspected
         * @instance
         */
        NodeSuspected.prototype.reason = "";

        /**
         * NodeSuspected view.
         * @member {number|Long} view
         * @memberof membership.NodeSuspected
         * @instance
         */
        NodeSuspected.prototype.view = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Encodes the specified NodeSuspected message. Does not implicitly {@link membership.NodeSuspected.verify|verify} messages.
         * @function encode
         * @memberof membership.NodeSuspected
         * @static
         * @param {membership.NodeSuspected.$Properties} message NodeSuspected message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeSuspected.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
            if (message.view != null && $Object.hasOwnProperty.call(message, "view") && (typeof message.view === "object" ? message.view.low || message.view.high : message.view !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.view);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified NodeSuspected message, length delimited. Does not implicitly {@link membership.NodeSuspected.verify|verify} messages.
         * @function encodeDelimited
         * @memberof membership.NodeSuspected
         * @static
         * @param {membership.NodeSuspected.$Properties} message NodeSuspected message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeSuspected.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a NodeSuspected message from the specified reader or buffer.
         * @function decode
         * @memberof membership.NodeSuspected
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {membership.NodeSuspected & membership.NodeSuspected.$Shape} NodeSuspected
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeSuspected.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.membership.NodeSuspected();
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
                            message.reason = value;
                        else
                            delete message.reason;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.view = value;
                        else
                            delete message.view;
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
         * Decodes a NodeSuspected message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof membership.NodeSuspected
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {membership.NodeSuspected & membership.NodeSuspected.$Shape} NodeSuspected
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeSuspected.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return NodeSuspected;
    })();

    membership.QuorumLost = (function() {

        /**
         * Properties of a QuorumLost.
         * @typedef {Object} membership.QuorumLost.$Properties
         * @property {number|Long|null} [view] QuorumLost view
         * @property {Array.<string>|null} [alive] QuorumLost alive
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a QuorumLost.
         * @memberof membership
         * @interface IQuorumLost
         * @augments membership.QuorumLost.$Properties
         * @deprecated Use membership.QuorumLost.$Properties instead.
         */

        /**
         * Shape of a QuorumLost.
         * @typedef {membership.QuorumLost.$Properties} membership.QuorumLost.$Shape
         */

        /**
         * Constructs a new QuorumLost.
         * @memberof membership
         * @classdesc Represents a QuorumLost.
         * @constructor
         * @param {membership.QuorumLost.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const QuorumLost = function (properties) {
            this.alive = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * QuorumLost view.
         * @member {number|Long} view
         * @memberof membership.QuorumLost
         * @instance
         */
        QuorumLost.prototype.view = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * QuorumLost alive.
         * @member {Array.<string>} alive
         * @memberof membership.QuorumLost
         * @instance
         */
        QuorumLost.prototype.alive = $util.emptyArray;

        /**
         * Encodes the specified QuorumLost message. Does not implicitly {@link membership.QuorumLost.verify|verify} messages.
         * @function encode
         * @memberof membership.QuorumLost
         * @static
         * @param {membership.QuorumLost.$Properties} message QuorumLost message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        QuorumLost.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.view != null && $Object.hasOwnProperty.call(message, "view") && (typeof message.view === "object" ? message.view.low || message.view.high : message.view !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.view);
            if (message.alive != null && message.alive.length)
                for (let i = 0; i < message.alive.length; ++i)
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.alive[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified QuorumLost message, length delimited. Does not implicitly {@link membership.QuorumLost.verify|verify} messages.
         * @function encodeDelimited
         * @memberof membership.QuorumLost
         * @static
         * @param {membership.QuorumLost.$Properties} message QuorumLost message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        QuorumLost.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a QuorumLost message from the specified reader or buffer.
         * @function decode
         * @memberof membership.QuorumLost
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {membership.QuorumLost & membership.QuorumLost.$Shape} QuorumLost
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        QuorumLost.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.membership.QuorumLost();
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
                        if (!(message.alive && message.alive.length))
                            message.alive = [];
                        message.alive.push(reader.stringVerify());
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
         * Decodes a QuorumLost message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof membership.QuorumLost
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {membership.QuorumLost & membership.QuorumLost.$Shape} QuorumLost
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        QuorumLost.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return QuorumLost;
    })();

    membership.MembershipEvent = (function() {

        /**
         * Properties of a MembershipEvent.
         * @typedef {Object} membership.MembershipEvent.$Properties
         * @property {membership.ViewInstalled.$Properties|null} [viewInstalled] MembershipEvent viewInstalled
         * @property {membership.NodeSuspected.$Properties|null} [nodeSuspected] MembershipEvent nodeSuspected
         * @property {membership.QuorumLost.$Properties|null} [quorumLost] MembershipEvent quorumLost
         * @property {"viewInstalled"|"nodeSuspected"|"quorumLost"} [body] MembershipEvent body
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MembershipEvent.
         * @memberof membership
         * @interface IMembershipEvent
         * @augments membership.MembershipEvent.$Properties
         * @deprecated Use membership.MembershipEvent.$Properties instead.
         */

        /**
         * Narrowed shape of a MembershipEvent.
         * @typedef {{
         *   viewInstalled?: membership.ViewInstalled.$Shape|null;
         *   nodeSuspected?: membership.NodeSuspected.$Shape|null;
         *   quorumLost?: membership.QuorumLost.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ body?: undefined; viewInstalled?: null; nodeSuspected?: null; quorumLost?: null }|{ body?: "viewInstalled"; viewInstalled: membership.ViewInstalled.$Shape; nodeSuspected?: null; quorumLost?: null }|{ body?: "nodeSuspected"; viewInstalled?: null; nodeSuspected: membership.NodeSuspected.$Shape; quorumLost?: null }|{ body?: "quorumLost"; viewInstalled?: null; nodeSuspected?: null; quorumLost: membership.QuorumLost.$Shape })
         * )} membership.MembershipEvent.$Shape
         */

        /**
         * Constructs a new MembershipEvent.
         * @memberof membership
         * @classdesc Represents a MembershipEvent.
         * @constructor
         * @param {membership.MembershipEvent.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MembershipEvent = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * MembershipEvent viewInstalled.
         * @member {membership.ViewInstalled.$Properties|null|undefined} viewInstalled
         * @memberof membership.MembershipEvent
         * @instance
         */
        MembershipEvent.prototype.viewInstalled = null;

        /**
         * MembershipEvent nodeSuspected.
         * @member {membership.NodeSuspected.$Properties|null|undefined} nodeSuspected
         * @memberof membership.MembershipEvent
         * @instance
         */
        MembershipEvent.prototype.nodeSuspected = null;

        /**
         * MembershipEvent quorumLost.
         * @member {membership.QuorumLost.$Properties|null|undefined} quorumLost
         * @memberof membership.MembershipEvent
         * @instance
         */
        MembershipEvent.prototype.quorumLost = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * MembershipEvent body.
         * @member {"viewInstalled"|"nodeSuspected"|"quorumLost"|undefined} body
         * @memberof membership.MembershipEvent
         * @instance
         */
        $Object.defineProperty(MembershipEvent.prototype, "body", {
            get: $util.oneOfGetter($oneOfFields = ["viewInstalled", "nodeSuspected", "quorumLost"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified MembershipEvent message. Does not implicitly {@link membership.MembershipEvent.verify|verify} messages.
         * @function encode
         * @memberof membership.MembershipEvent
         * @static
         * @param {membership.MembershipEvent.$Properties} message MembershipEvent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MembershipEvent.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.viewInstalled != null && $Object.hasOwnProperty.call(message, "viewInstalled"))
                $root.membership.ViewInstalled.encode(message.viewInstalled, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.nodeSuspected != null && $Object.hasOwnProperty.call(message, "nodeSuspected"))
                $root.membership.NodeSuspected.encode(message.nodeSuspected, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.quorumLost != null && $Object.hasOwnProperty.call(message, "quorumLost"))
                $root.membership.QuorumLost.encode(message.quorumLost, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified MembershipEvent message, length delimited. Does not implicitly {@link membership.MembershipEvent.verify|verify} messages.
         * @function encodeDelimited
         * @memberof membership.MembershipEvent
         * @static
         * @param {membership.MembershipEvent.$Properties} message MembershipEvent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MembershipEvent.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MembershipEvent message from the specified reader or buffer.
         * @function decode
         * @memberof membership.MembershipEvent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {membership.MembershipEvent & membership.MembershipEvent.$Shape} MembershipEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MembershipEvent.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.membership.MembershipEvent();
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
                        message.viewInstalled = $root.membership.ViewInstalled.decode(reader, reader.size(), $undefined, _depth + 1, message.viewInstalled);
                        message.body = "viewInstalled";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.nodeSuspected = $root.membership.NodeSuspected.decode(reader, reader.size(), $undefined, _depth + 1, message.nodeSuspected);
                        message.body = "nodeSuspected";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.quorumLost = $root.membership.QuorumLost.decode(reader, reader.size(), $undefined, _depth + 1, message.quorumLost);
                        message.body = "quorumLost";
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
         * Decodes a MembershipEvent message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof membership.MembershipEvent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {membership.MembershipEvent & membership.MembershipEvent.$Shape} MembershipEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MembershipEvent.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return MembershipEvent;
    })();

    return membership;
})();

export {
  $root as default
};
