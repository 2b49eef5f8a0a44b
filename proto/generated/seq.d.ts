import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace seq. */
export namespace seq {

    /**
     * Properties of a Layout.
     * @deprecated Use seq.Layout.$Properties instead.
     */
    interface ILayout extends seq.Layout.$Properties {
    }

    /** Represents a Layout. */
    class Layout {

        /**
         * Constructs a new Layout.
         * @param [properties] Properties to set
         */
        constructor(properties?: seq.Layout.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Layout epoch. */
        epoch: (number|Long);

        /** Layout primary. */
        primary: string;

        /** Layout secondary. */
        secondary: string;

        /** Layout start. */
        start: (number|Long);

        /**
         * Encodes the specified Layout message. Does not implicitly {@link seq.Layout.verify|verify} messages.
         * @param message Layout message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: seq.Layout.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Layout message, length delimited. Does not implicitly {@link seq.Layout.verify|verify} messages.
         * @param message Layout message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: seq.Layout.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Layout message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {seq.Layout & seq.Layout.$Shape} Layout
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seq.Layout & seq.Layout.$Shape;

        /**
         * Decodes a Layout message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {seq.Layout & seq.Layout.$Shape} Layout
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): seq.Layout & seq.Layout.$Shape;
    }

    namespace Layout {

        /** Properties of a Layout. */
        interface $Properties {

            /** Layout epoch */
            epoch?: (number|Long|null);

            /** Layout primary */
            primary?: (string|null);

            /** Layout secondary */
            secondary?: (string|null);

            /** Layout start */
            start?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Layout. */
        type $Shape = seq.Layout.$Properties;
    }

    /**
     * Properties of a Req.
     * @deprecated Use seq.Req.$Properties instead.
     */
    interface IReq extends seq.Req.$Properties {
    }

    /** Represents a Req. */
    class Req {

        /**
         * Constructs a new Req.
         * @param [properties] Properties to set
         */
        constructor(properties?: seq.Req.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Req epoch. */
        epoch: (number|Long);

        /** Req reqId. */
        reqId: (number|Long);

        /** Req count. */
        count: number;

        /** Req floor. */
        floor: (number|Long);

        /**
         * Encodes the specified Req message. Does not implicitly {@link seq.Req.verify|verify} messages.
         * @param message Req message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: seq.Req.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Req message, length delimited. Does not implicitly {@link seq.Req.verify|verify} messages.
         * @param message Req message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: seq.Req.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Req message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {seq.Req & seq.Req.$Shape} Req
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seq.Req & seq.Req.$Shape;

        /**
         * Decodes a Req message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {seq.Req & seq.Req.$Shape} Req
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): seq.Req & seq.Req.$Shape;
    }

    namespace Req {

        /** Properties of a Req. */
        interface $Properties {

            /** Req epoch */
            epoch?: (number|Long|null);

            /** Req reqId */
            reqId?: (number|Long|null);

            /** Req count */
            count?: (number|null);

            /** Req floor */
            floor?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Req. */
        type $Shape = seq.Req.$Properties;
    }

    /**
     * Properties of a Fwd.
     * @deprecated Use seq.Fwd.$Properties instead.
     */
    interface IFwd extends seq.Fwd.$Properties {
    }

    /** Represents a Fwd. */
    class Fwd {

        /**
         * Constructs a new Fwd.
         * @param [properties] Properties to set
         */
        constructor(properties?: seq.Fwd.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Fwd epoch. */
        epoch: (number|Long);

        /** Fwd origin. */
        origin: string;

        /** Fwd reqId. */
        reqId: (number|Long);

        /** Fwd start. */
        start: (number|Long);

        /** Fwd count. */
        count: number;

        /**
         * Encodes the specified Fwd message. Does not implicitly {@link seq.Fwd.verify|verify} messages.
         * @param message Fwd message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: seq.Fwd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Fwd message, length delimited. Does not implicitly {@link seq.Fwd.verify|verify} messages.
         * @param message Fwd message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: seq.Fwd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Fwd message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {seq.Fwd & seq.Fwd.$Shape} Fwd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seq.Fwd & seq.Fwd.$Shape;

        /**
         * Decodes a Fwd message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {seq.Fwd & seq.Fwd.$Shape} Fwd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): seq.Fwd & seq.Fwd.$Shape;
    }

    namespace Fwd {

        /** Properties of a Fwd. */
        interface $Properties {

            /** Fwd epoch */
            epoch?: (number|Long|null);

            /** Fwd origin */
            origin?: (string|null);

            /** Fwd reqId */
            reqId?: (number|Long|null);

            /** Fwd start */
            start?: (number|Long|null);

            /** Fwd count */
            count?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Fwd. */
        type $Shape = seq.Fwd.$Properties;
    }

    /**
     * Properties of a Deliver.
     * @deprecated Use seq.Deliver.$Properties instead.
     */
    interface IDeliver extends seq.Deliver.$Properties {
    }

    /** Represents a Deliver. */
    class Deliver {

        /**
         * Constructs a new Deliver.
         * @param [properties] Properties to set
         */
        constructor(properties?: seq.Deliver.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Deliver epoch. */
        epoch: (number|Long);

        /** Deliver reqId. */
        reqId: (number|Long);

        /** Deliver start. */
        start: (number|Long);

        /** Deliver count. */
        count: number;

        /**
         * Encodes the specified Deliver message. Does not implicitly {@link seq.Deliver.verify|verify} messages.
         * @param message Deliver message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: seq.Deliver.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Deliver message, length delimited. Does not implicitly {@link seq.Deliver.verify|verify} messages.
         * @param message Deliver message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: seq.Deliver.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Deliver message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {seq.Deliver & seq.Deliver.$Shape} Deliver
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seq.Deliver & seq.Deliver.$Shape;

        /**
         * Decodes a Deliver message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {seq.Deliver & seq.Deliver.$Shape} Deliver
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): seq.Deliver & seq.Deliver.$Shape;
    }

    namespace Deliver {

        /** Properties of a Deliver. */
        interface $Properties {

            /** Deliver epoch */
            epoch?: (number|Long|null);

            /** Deliver reqId */
            reqId?: (number|Long|null);

            /** Deliver start */
            start?: (number|Long|null);

            /** Deliver count */
            count?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Deliver. */
        type $Shape = seq.Deliver.$Properties;
    }

    /** NackCode enum. */
    enum NackCode {

        /** NACK_NOT_SERVING value */
        NACK_NOT_SERVING = 0,

        /** NACK_FLOOR_ABOVE_ISSUED value */
        NACK_FLOOR_ABOVE_ISSUED = 1,

        /** NACK_EXHAUSTED value */
        NACK_EXHAUSTED = 2
    }

    /**
     * Properties of a Nack.
     * @deprecated Use seq.Nack.$Properties instead.
     */
    interface INack extends seq.Nack.$Properties {
    }

    /** Represents a Nack. */
    class Nack {

        /**
         * Constructs a new Nack.
         * @param [properties] Properties to set
         */
        constructor(properties?: seq.Nack.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Nack epoch. */
        epoch: (number|Long);

        /** Nack reqId. */
        reqId: (number|Long);

        /** Nack reason. */
        reason: string;

        /** Nack code. */
        code: seq.NackCode;

        /** Nack next. */
        next: (number|Long);

        /**
         * Encodes the specified Nack message. Does not implicitly {@link seq.Nack.verify|verify} messages.
         * @param message Nack message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: seq.Nack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Nack message, length delimited. Does not implicitly {@link seq.Nack.verify|verify} messages.
         * @param message Nack message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: seq.Nack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Nack message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {seq.Nack & seq.Nack.$Shape} Nack
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seq.Nack & seq.Nack.$Shape;

        /**
         * Decodes a Nack message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {seq.Nack & seq.Nack.$Shape} Nack
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): seq.Nack & seq.Nack.$Shape;
    }

    namespace Nack {

        /** Properties of a Nack. */
        interface $Properties {

            /** Nack epoch */
            epoch?: (number|Long|null);

            /** Nack reqId */
            reqId?: (number|Long|null);

            /** Nack reason */
            reason?: (string|null);

            /** Nack code */
            code?: (seq.NackCode|null);

            /** Nack next */
            next?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Nack. */
        type $Shape = seq.Nack.$Properties;
    }

    /**
     * Properties of a Seal.
     * @deprecated Use seq.Seal.$Properties instead.
     */
    interface ISeal extends seq.Seal.$Properties {
    }

    /** Represents a Seal. */
    class Seal {

        /**
         * Constructs a new Seal.
         * @param [properties] Properties to set
         */
        constructor(properties?: seq.Seal.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Seal ballot. */
        ballot: (number|Long);

        /**
         * Encodes the specified Seal message. Does not implicitly {@link seq.Seal.verify|verify} messages.
         * @param message Seal message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: seq.Seal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Seal message, length delimited. Does not implicitly {@link seq.Seal.verify|verify} messages.
         * @param message Seal message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: seq.Seal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Seal message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {seq.Seal & seq.Seal.$Shape} Seal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seq.Seal & seq.Seal.$Shape;

        /**
         * Decodes a Seal message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {seq.Seal & seq.Seal.$Shape} Seal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): seq.Seal & seq.Seal.$Shape;
    }

    namespace Seal {

        /** Properties of a Seal. */
        interface $Properties {

            /** Seal ballot */
            ballot?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Seal. */
        type $Shape = seq.Seal.$Properties;
    }

    /**
     * Properties of a Sealed.
     * @deprecated Use seq.Sealed.$Properties instead.
     */
    interface ISealed extends seq.Sealed.$Properties {
    }

    /** Represents a Sealed. */
    class Sealed {

        /**
         * Constructs a new Sealed.
         * @param [properties] Properties to set
         */
        constructor(properties?: seq.Sealed.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Sealed ballot. */
        ballot: (number|Long);

        /** Sealed layout. */
        layout?: (seq.Layout.$Properties|null);

        /** Sealed reserved. */
        reserved: (number|Long);

        /** Sealed stored. */
        stored: (number|Long);

        /** Sealed seen. */
        seen: (number|Long);

        /**
         * Encodes the specified Sealed message. Does not implicitly {@link seq.Sealed.verify|verify} messages.
         * @param message Sealed message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: seq.Sealed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Sealed message, length delimited. Does not implicitly {@link seq.Sealed.verify|verify} messages.
         * @param message Sealed message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: seq.Sealed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Sealed message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {seq.Sealed & seq.Sealed.$Shape} Sealed
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seq.Sealed & seq.Sealed.$Shape;

        /**
         * Decodes a Sealed message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {seq.Sealed & seq.Sealed.$Shape} Sealed
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): seq.Sealed & seq.Sealed.$Shape;
    }

    namespace Sealed {

        /** Properties of a Sealed. */
        interface $Properties {

            /** Sealed ballot */
            ballot?: (number|Long|null);

            /** Sealed layout */
            layout?: (seq.Layout.$Properties|null);

            /** Sealed reserved */
            reserved?: (number|Long|null);

            /** Sealed stored */
            stored?: (number|Long|null);

            /** Sealed seen */
            seen?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Sealed. */
        type $Shape = seq.Sealed.$Properties;
    }

    /**
     * Properties of a Refused.
     * @deprecated Use seq.Refused.$Properties instead.
     */
    interface IRefused extends seq.Refused.$Properties {
    }

    /** Represents a Refused. */
    class Refused {

        /**
         * Constructs a new Refused.
         * @param [properties] Properties to set
         */
        constructor(properties?: seq.Refused.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Refused ballot. */
        ballot: (number|Long);

        /** Refused promised. */
        promised: (number|Long);

        /**
         * Encodes the specified Refused message. Does not implicitly {@link seq.Refused.verify|verify} messages.
         * @param message Refused message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: seq.Refused.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Refused message, length delimited. Does not implicitly {@link seq.Refused.verify|verify} messages.
         * @param message Refused message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: seq.Refused.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Refused message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {seq.Refused & seq.Refused.$Shape} Refused
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seq.Refused & seq.Refused.$Shape;

        /**
         * Decodes a Refused message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {seq.Refused & seq.Refused.$Shape} Refused
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): seq.Refused & seq.Refused.$Shape;
    }

    namespace Refused {

        /** Properties of a Refused. */
        interface $Properties {

            /** Refused ballot */
            ballot?: (number|Long|null);

            /** Refused promised */
            promised?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Refused. */
        type $Shape = seq.Refused.$Properties;
    }

    /**
     * Properties of an Install.
     * @deprecated Use seq.Install.$Properties instead.
     */
    interface IInstall extends seq.Install.$Properties {
    }

    /** Represents an Install. */
    class Install {

        /**
         * Constructs a new Install.
         * @param [properties] Properties to set
         */
        constructor(properties?: seq.Install.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Install layout. */
        layout?: (seq.Layout.$Properties|null);

        /**
         * Encodes the specified Install message. Does not implicitly {@link seq.Install.verify|verify} messages.
         * @param message Install message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: seq.Install.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Install message, length delimited. Does not implicitly {@link seq.Install.verify|verify} messages.
         * @param message Install message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: seq.Install.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Install message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {seq.Install & seq.Install.$Shape} Install
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seq.Install & seq.Install.$Shape;

        /**
         * Decodes an Install message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {seq.Install & seq.Install.$Shape} Install
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): seq.Install & seq.Install.$Shape;
    }

    namespace Install {

        /** Properties of an Install. */
        interface $Properties {

            /** Install layout */
            layout?: (seq.Layout.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Install. */
        type $Shape = seq.Install.$Properties;
    }

    /**
     * Properties of a Lease.
     * @deprecated Use seq.Lease.$Properties instead.
     */
    interface ILease extends seq.Lease.$Properties {
    }

    /** Represents a Lease. */
    class Lease {

        /**
         * Constructs a new Lease.
         * @param [properties] Properties to set
         */
        constructor(properties?: seq.Lease.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Lease layout. */
        layout?: (seq.Layout.$Properties|null);

        /** Lease round. */
        round: number;

        /**
         * Encodes the specified Lease message. Does not implicitly {@link seq.Lease.verify|verify} messages.
         * @param message Lease message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: seq.Lease.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Lease message, length delimited. Does not implicitly {@link seq.Lease.verify|verify} messages.
         * @param message Lease message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: seq.Lease.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Lease message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {seq.Lease & seq.Lease.$Shape} Lease
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seq.Lease & seq.Lease.$Shape;

        /**
         * Decodes a Lease message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {seq.Lease & seq.Lease.$Shape} Lease
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): seq.Lease & seq.Lease.$Shape;
    }

    namespace Lease {

        /** Properties of a Lease. */
        interface $Properties {

            /** Lease layout */
            layout?: (seq.Layout.$Properties|null);

            /** Lease round */
            round?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Lease. */
        type $Shape = seq.Lease.$Properties;
    }

    /**
     * Properties of a LeaseAck.
     * @deprecated Use seq.LeaseAck.$Properties instead.
     */
    interface ILeaseAck extends seq.LeaseAck.$Properties {
    }

    /** Represents a LeaseAck. */
    class LeaseAck {

        /**
         * Constructs a new LeaseAck.
         * @param [properties] Properties to set
         */
        constructor(properties?: seq.LeaseAck.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LeaseAck epoch. */
        epoch: (number|Long);

        /** LeaseAck round. */
        round: number;

        /**
         * Encodes the specified LeaseAck message. Does not implicitly {@link seq.LeaseAck.verify|verify} messages.
         * @param message LeaseAck message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: seq.LeaseAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LeaseAck message, length delimited. Does not implicitly {@link seq.LeaseAck.verify|verify} messages.
         * @param message LeaseAck message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: seq.LeaseAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseAck message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {seq.LeaseAck & seq.LeaseAck.$Shape} LeaseAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seq.LeaseAck & seq.LeaseAck.$Shape;

        /**
         * Decodes a LeaseAck message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {seq.LeaseAck & seq.LeaseAck.$Shape} LeaseAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): seq.LeaseAck & seq.LeaseAck.$Shape;
    }

    namespace LeaseAck {

        /** Properties of a LeaseAck. */
        interface $Properties {

            /** LeaseAck epoch */
            epoch?: (number|Long|null);

            /** LeaseAck round */
            round?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LeaseAck. */
        type $Shape = seq.LeaseAck.$Properties;
    }

    /**
     * Properties of a Reserve.
     * @deprecated Use seq.Reserve.$Properties instead.
     */
    interface IReserve extends seq.Reserve.$Properties {
    }

    /** Represents a Reserve. */
    class Reserve {

        /**
         * Constructs a new Reserve.
         * @param [properties] Properties to set
         */
        constructor(properties?: seq.Reserve.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Reserve epoch. */
        epoch: (number|Long);

        /** Reserve end. */
        end: (number|Long);

        /**
         * Encodes the specified Reserve message. Does not implicitly {@link seq.Reserve.verify|verify} messages.
         * @param message Reserve message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: seq.Reserve.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Reserve message, length delimited. Does not implicitly {@link seq.Reserve.verify|verify} messages.
         * @param message Reserve message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: seq.Reserve.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Reserve message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {seq.Reserve & seq.Reserve.$Shape} Reserve
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seq.Reserve & seq.Reserve.$Shape;

        /**
         * Decodes a Reserve message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {seq.Reserve & seq.Reserve.$Shape} Reserve
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): seq.Reserve & seq.Reserve.$Shape;
    }

    namespace Reserve {

        /** Properties of a Reserve. */
        interface $Properties {

            /** Reserve epoch */
            epoch?: (number|Long|null);

            /** Reserve end */
            end?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Reserve. */
        type $Shape = seq.Reserve.$Properties;
    }

    /**
     * Properties of a Reserved.
     * @deprecated Use seq.Reserved.$Properties instead.
     */
    interface IReserved extends seq.Reserved.$Properties {
    }

    /** Represents a Reserved. */
    class Reserved {

        /**
         * Constructs a new Reserved.
         * @param [properties] Properties to set
         */
        constructor(properties?: seq.Reserved.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Reserved epoch. */
        epoch: (number|Long);

        /** Reserved end. */
        end: (number|Long);

        /**
         * Encodes the specified Reserved message. Does not implicitly {@link seq.Reserved.verify|verify} messages.
         * @param message Reserved message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: seq.Reserved.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Reserved message, length delimited. Does not implicitly {@link seq.Reserved.verify|verify} messages.
         * @param message Reserved message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: seq.Reserved.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Reserved message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {seq.Reserved & seq.Reserved.$Shape} Reserved
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seq.Reserved & seq.Reserved.$Shape;

        /**
         * Decodes a Reserved message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {seq.Reserved & seq.Reserved.$Shape} Reserved
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): seq.Reserved & seq.Reserved.$Shape;
    }

    namespace Reserved {

        /** Properties of a Reserved. */
        interface $Properties {

            /** Reserved epoch */
            epoch?: (number|Long|null);

            /** Reserved end */
            end?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Reserved. */
        type $Shape = seq.Reserved.$Properties;
    }

    /**
     * Properties of a SeqMessage.
     * @deprecated Use seq.SeqMessage.$Properties instead.
     */
    interface ISeqMessage extends seq.SeqMessage.$Properties {
    }

    /** Represents a SeqMessage. */
    class SeqMessage {

        /**
         * Constructs a new SeqMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: seq.SeqMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SeqMessage req. */
        req?: (seq.Req.$Properties|null);

        /** SeqMessage fwd. */
        fwd?: (seq.Fwd.$Properties|null);

        /** SeqMessage deliver. */
        deliver?: (seq.Deliver.$Properties|null);

        /** SeqMessage nack. */
        nack?: (seq.Nack.$Properties|null);

        /** SeqMessage seal. */
        seal?: (seq.Seal.$Properties|null);

        /** SeqMessage sealed. */
        sealed?: (seq.Sealed.$Properties|null);

        /** SeqMessage refused. */
        refused?: (seq.Refused.$Properties|null);

        /** SeqMessage install. */
        install?: (seq.Install.$Properties|null);

        /** SeqMessage lease. */
        lease?: (seq.Lease.$Properties|null);

        /** SeqMessage leaseAck. */
        leaseAck?: (seq.LeaseAck.$Properties|null);

        /** SeqMessage reserve. */
        reserve?: (seq.Reserve.$Properties|null);

        /** SeqMessage reserved. */
        reserved?: (seq.Reserved.$Properties|null);

        /** SeqMessage body. */
        body?: ("req"|"fwd"|"deliver"|"nack"|"seal"|"sealed"|"refused"|"install"|"lease"|"leaseAck"|"reserve"|"reserved");

        /**
         * Encodes the specified SeqMessage message. Does not implicitly {@link seq.SeqMessage.verify|verify} messages.
         * @param message SeqMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: seq.SeqMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SeqMessage message, length delimited. Does not implicitly {@link seq.SeqMessage.verify|verify} messages.
         * @param message SeqMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: seq.SeqMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SeqMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {seq.SeqMessage & seq.SeqMessage.$Shape} SeqMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seq.SeqMessage & seq.SeqMessage.$Shape;

        /**
         * Decodes a SeqMessage message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {seq.SeqMessage & seq.SeqMessage.$Shape} SeqMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): seq.SeqMessage & seq.SeqMessage.$Shape;
    }

    namespace SeqMessage {

        /** Properties of a SeqMessage. */
        interface $Properties {

            /** SeqMessage req */
            req?: (seq.Req.$Properties|null);

            /** SeqMessage fwd */
            fwd?: (seq.Fwd.$Properties|null);

            /** SeqMessage deliver */
            deliver?: (seq.Deliver.$Properties|null);

            /** SeqMessage nack */
            nack?: (seq.Nack.$Properties|null);

            /** SeqMessage seal */
            seal?: (seq.Seal.$Properties|null);

            /** SeqMessage sealed */
            sealed?: (seq.Sealed.$Properties|null);

            /** SeqMessage refused */
            refused?: (seq.Refused.$Properties|null);

            /** SeqMessage install */
            install?: (seq.Install.$Properties|null);

            /** SeqMessage lease */
            lease?: (seq.Lease.$Properties|null);

            /** SeqMessage leaseAck */
            leaseAck?: (seq.LeaseAck.$Properties|null);

            /** SeqMessage reserve */
            reserve?: (seq.Reserve.$Properties|null);

            /** SeqMessage reserved */
            reserved?: (seq.Reserved.$Properties|null);

            /** SeqMessage body */
            body?: ("req"|"fwd"|"deliver"|"nack"|"seal"|"sealed"|"refused"|"install"|"lease"|"leaseAck"|"reserve"|"reserved");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a SeqMessage. */
        type $Shape = {
          req?: seq.Req.$Shape|null;
          fwd?: seq.Fwd.$Shape|null;
          deliver?: seq.Deliver.$Shape|null;
          nack?: seq.Nack.$Shape|null;
          seal?: seq.Seal.$Shape|null;
          sealed?: seq.Sealed.$Shape|null;
          refused?: seq.Refused.$Shape|null;
          install?: seq.Install.$Shape|null;
          lease?: seq.Lease.$Shape|null;
          leaseAck?: seq.LeaseAck.$Shape|null;
          reserve?: seq.Reserve.$Shape|null;
          reserved?: seq.Reserved.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; req?: null; fwd?: null; deliver?: null; nack?: null; seal?: null; sealed?: null; refused?: null; install?: null; lease?: null; leaseAck?: null; reserve?: null; reserved?: null }|{ body?: "req"; req: seq.Req.$Shape; fwd?: null; deliver?: null; nack?: null; seal?: null; sealed?: null; refused?: null; install?: null; lease?: null; leaseAck?: null; reserve?: null; reserved?: null }|{ body?: "fwd"; req?: null; fwd: seq.Fwd.$Shape; deliver?: null; nack?: null; seal?: null; sealed?: null; refused?: null; install?: null; lease?: null; leaseAck?: null; reserve?: null; reserved?: null }|{ body?: "deliver"; req?: null; fwd?: null; deliver: seq.Deliver.$Shape; nack?: null; seal?: null; sealed?: null; refused?: null; install?: null; lease?: null; leaseAck?: null; reserve?: null; reserved?: null }|{ body?: "nack"; req?: null; fwd?: null; deliver?: null; nack: seq.Nack.$Shape; seal?: null; sealed?: null; refused?: null; install?: null; lease?: null; leaseAck?: null; reserve?: null; reserved?: null }|{ body?: "seal"; req?: null; fwd?: null; deliver?: null; nack?: null; seal: seq.Seal.$Shape; sealed?: null; refused?: null; install?: null; lease?: null; leaseAck?: null; reserve?: null; reserved?: null }|{ body?: "sealed"; req?: null; fwd?: null; deliver?: null; nack?: null; seal?: null; sealed: seq.Sealed.$Shape; refused?: null; install?: null; lease?: null; leaseAck?: null; reserve?: null; reserved?: null }|{ body?: "refused"; req?: null; fwd?: null; deliver?: null; nack?: null; seal?: null; sealed?: null; refused: seq.Refused.$Shape; install?: null; lease?: null; leaseAck?: null; reserve?: null; reserved?: null }|{ body?: "install"; req?: null; fwd?: null; deliver?: null; nack?: null; seal?: null; sealed?: null; refused?: null; install: seq.Install.$Shape; lease?: null; leaseAck?: null; reserve?: null; reserved?: null }|{ body?: "lease"; req?: null; fwd?: null; deliver?: null; nack?: null; seal?: null; sealed?: null; refused?: null; install?: null; lease: seq.Lease.$Shape; leaseAck?: null; reserve?: null; reserved?: null }|{ body?: "leaseAck"; req?: null; fwd?: null; deliver?: null; nack?: null; seal?: null; sealed?: null; refused?: null; install?: null; lease?: null; leaseAck: seq.LeaseAck.$Shape; reserve?: null; reserved?: null }|{ body?: "reserve"; req?: null; fwd?: null; deliver?: null; nack?: null; seal?: null; sealed?: null; refused?: null; install?: null; lease?: null; leaseAck?: null; reserve: seq.Reserve.$Shape; reserved?: null }|{ body?: "reserved"; req?: null; fwd?: null; deliver?: null; nack?: null; seal?: null; sealed?: null; refused?: null; install?: null; lease?: null; leaseAck?: null; reserve?: null; reserved: seq.Reserved.$Shape })
        );
    }

    /**
     * Properties of a SeqBatch.
     * @deprecated Use seq.SeqBatch.$Properties instead.
     */
    interface ISeqBatch extends seq.SeqBatch.$Properties {
    }

    /** Represents a SeqBatch. */
    class SeqBatch {

        /**
         * Constructs a new SeqBatch.
         * @param [properties] Properties to set
         */
        constructor(properties?: seq.SeqBatch.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SeqBatch messages. */
        messages: seq.SeqMessage.$Properties[];

        /**
         * Encodes the specified SeqBatch message. Does not implicitly {@link seq.SeqBatch.verify|verify} messages.
         * @param message SeqBatch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: seq.SeqBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SeqBatch message, length delimited. Does not implicitly {@link seq.SeqBatch.verify|verify} messages.
         * @param message SeqBatch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: seq.SeqBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SeqBatch message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {seq.SeqBatch & seq.SeqBatch.$Shape} SeqBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seq.SeqBatch & seq.SeqBatch.$Shape;

        /**
         * Decodes a SeqBatch message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {seq.SeqBatch & seq.SeqBatch.$Shape} SeqBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): seq.SeqBatch & seq.SeqBatch.$Shape;
    }

    namespace SeqBatch {

        /** Properties of a SeqBatch. */
        interface $Properties {

            /** SeqBatch messages */
            messages?: (seq.SeqMessage.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SeqBatch. */
        type $Shape = {
          messages?: seq.SeqMessage.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a NextRequest.
     * @deprecated Use seq.NextRequest.$Properties instead.
     */
    interface INextRequest extends seq.NextRequest.$Properties {
    }

    /** Represents a NextRequest. */
    class NextRequest {

        /**
         * Constructs a new NextRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: seq.NextRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** NextRequest count. */
        count: number;

        /** NextRequest floor. */
        floor: (number|Long);

        /**
         * Encodes the specified NextRequest message. Does not implicitly {@link seq.NextRequest.verify|verify} messages.
         * @param message NextRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: seq.NextRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified NextRequest message, length delimited. Does not implicitly {@link seq.NextRequest.verify|verify} messages.
         * @param message NextRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: seq.NextRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a NextRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {seq.NextRequest & seq.NextRequest.$Shape} NextRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seq.NextRequest & seq.NextRequest.$Shape;

        /**
         * Decodes a NextRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {seq.NextRequest & seq.NextRequest.$Shape} NextRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): seq.NextRequest & seq.NextRequest.$Shape;
    }

    namespace NextRequest {

        /** Properties of a NextRequest. */
        interface $Properties {

            /** NextRequest count */
            count?: (number|null);

            /** NextRequest floor */
            floor?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a NextRequest. */
        type $Shape = seq.NextRequest.$Properties;
    }

    /**
     * Properties of a NextReply.
     * @deprecated Use seq.NextReply.$Properties instead.
     */
    interface INextReply extends seq.NextReply.$Properties {
    }

    /** Represents a NextReply. */
    class NextReply {

        /**
         * Constructs a new NextReply.
         * @param [properties] Properties to set
         */
        constructor(properties?: seq.NextReply.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** NextReply start. */
        start: (number|Long);

        /** NextReply count. */
        count: number;

        /** NextReply epoch. */
        epoch: (number|Long);

        /**
         * Encodes the specified NextReply message. Does not implicitly {@link seq.NextReply.verify|verify} messages.
         * @param message NextReply message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: seq.NextReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified NextReply message, length delimited. Does not implicitly {@link seq.NextReply.verify|verify} messages.
         * @param message NextReply message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: seq.NextReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a NextReply message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {seq.NextReply & seq.NextReply.$Shape} NextReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seq.NextReply & seq.NextReply.$Shape;

        /**
         * Decodes a NextReply message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {seq.NextReply & seq.NextReply.$Shape} NextReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): seq.NextReply & seq.NextReply.$Shape;
    }

    namespace NextReply {

        /** Properties of a NextReply. */
        interface $Properties {

            /** NextReply start */
            start?: (number|Long|null);

            /** NextReply count */
            count?: (number|null);

            /** NextReply epoch */
            epoch?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a NextReply. */
        type $Shape = seq.NextReply.$Properties;
    }

    /**
     * Properties of a StatusRequest.
     * @deprecated Use seq.StatusRequest.$Properties instead.
     */
    interface IStatusRequest extends seq.StatusRequest.$Properties {
    }

    /** Represents a StatusRequest. */
    class StatusRequest {

        /**
         * Constructs a new StatusRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: seq.StatusRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Encodes the specified StatusRequest message. Does not implicitly {@link seq.StatusRequest.verify|verify} messages.
         * @param message StatusRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: seq.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified StatusRequest message, length delimited. Does not implicitly {@link seq.StatusRequest.verify|verify} messages.
         * @param message StatusRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: seq.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatusRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {seq.StatusRequest & seq.StatusRequest.$Shape} StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seq.StatusRequest & seq.StatusRequest.$Shape;

        /**
         * Decodes a StatusRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {seq.StatusRequest & seq.StatusRequest.$Shape} StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): seq.StatusRequest & seq.StatusRequest.$Shape;
    }

    namespace StatusRequest {

        /** Properties of a StatusRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StatusRequest. */
        type $Shape = seq.StatusRequest.$Properties;
    }

    /**
     * Properties of a StatusReply.
     * @deprecated Use seq.StatusReply.$Properties instead.
     */
    interface IStatusReply extends seq.StatusReply.$Properties {
    }

    /** Represents a StatusReply. */
    class StatusReply {

        /**
         * Constructs a new StatusReply.
         * @param [properties] Properties to set
         */
        constructor(properties?: seq.StatusReply.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StatusReply layout. */
        layout?: (seq.Layout.$Properties|null);

        /** StatusReply role. */
        role: string;

        /** StatusReply serving. */
        serving: boolean;

        /** StatusReply promised. */
        promised: (number|Long);

        /** StatusReply reserved. */
        reserved: (number|Long);

        /**
         * Encodes the specified StatusReply message. Does not implicitly {@link seq.StatusReply.verify|verify} messages.
         * @param message StatusReply message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: seq.StatusReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified StatusReply message, length delimited. Does not implicitly {@link seq.StatusReply.verify|verify} messages.
         * @param message StatusReply message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: seq.StatusReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatusReply message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {seq.StatusReply & seq.StatusReply.$Shape} StatusReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seq.StatusReply & seq.StatusReply.$Shape;

        /**
         * Decodes a StatusReply message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {seq.StatusReply & seq.StatusReply.$Shape} StatusReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): seq.StatusReply & seq.StatusReply.$Shape;
    }

    namespace StatusReply {

        /** Properties of a StatusReply. */
        interface $Properties {

            /** StatusReply layout */
            layout?: (seq.Layout.$Properties|null);

            /** StatusReply role */
            role?: (string|null);

            /** StatusReply serving */
            serving?: (boolean|null);

            /** StatusReply promised */
            promised?: (number|Long|null);

            /** StatusReply reserved */
            reserved?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StatusReply. */
        type $Shape = seq.StatusReply.$Properties;
    }

    /**
     * Properties of a SeqCall.
     * @deprecated Use seq.SeqCall.$Properties instead.
     */
    interface ISeqCall extends seq.SeqCall.$Properties {
    }

    /** Represents a SeqCall. */
    class SeqCall {

        /**
         * Constructs a new SeqCall.
         * @param [properties] Properties to set
         */
        constructor(properties?: seq.SeqCall.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SeqCall next. */
        next?: (seq.NextRequest.$Properties|null);

        /** SeqCall status. */
        status?: (seq.StatusRequest.$Properties|null);

        /** SeqCall body. */
        body?: ("next"|"status");

        /**
         * Encodes the specified SeqCall message. Does not implicitly {@link seq.SeqCall.verify|verify} messages.
         * @param message SeqCall message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: seq.SeqCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SeqCall message, length delimited. Does not implicitly {@link seq.SeqCall.verify|verify} messages.
         * @param message SeqCall message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: seq.SeqCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SeqCall message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {seq.SeqCall & seq.SeqCall.$Shape} SeqCall
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seq.SeqCall & seq.SeqCall.$Shape;

        /**
         * Decodes a SeqCall message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {seq.SeqCall & seq.SeqCall.$Shape} SeqCall
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): seq.SeqCall & seq.SeqCall.$Shape;
    }

    namespace SeqCall {

        /** Properties of a SeqCall. */
        interface $Properties {

            /** SeqCall next */
            next?: (seq.NextRequest.$Properties|null);

            /** SeqCall status */
            status?: (seq.StatusRequest.$Properties|null);

            /** SeqCall body */
            body?: ("next"|"status");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a SeqCall. */
        type $Shape = {
          next?: seq.NextRequest.$Shape|null;
          status?: seq.StatusRequest.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; next?: null; status?: null }|{ body?: "next"; next: seq.NextRequest.$Shape; status?: null }|{ body?: "status"; next?: null; status: seq.StatusRequest.$Shape })
        );
    }

    /**
     * Properties of a SeqCallReply.
     * @deprecated Use seq.SeqCallReply.$Properties instead.
     */
    interface ISeqCallReply extends seq.SeqCallReply.$Properties {
    }

    /** Represents a SeqCallReply. */
    class SeqCallReply {

        /**
         * Constructs a new SeqCallReply.
         * @param [properties] Properties to set
         */
        constructor(properties?: seq.SeqCallReply.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SeqCallReply next. */
        next?: (seq.NextReply.$Properties|null);

        /** SeqCallReply status. */
        status?: (seq.StatusReply.$Properties|null);

        /** SeqCallReply body. */
        body?: ("next"|"status");

        /**
         * Encodes the specified SeqCallReply message. Does not implicitly {@link seq.SeqCallReply.verify|verify} messages.
         * @param message SeqCallReply message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: seq.SeqCallReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SeqCallReply message, length delimited. Does not implicitly {@link seq.SeqCallReply.verify|verify} messages.
         * @param message SeqCallReply message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: seq.SeqCallReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SeqCallReply message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {seq.SeqCallReply & seq.SeqCallReply.$Shape} SeqCallReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): seq.SeqCallReply & seq.SeqCallReply.$Shape;

        /**
         * Decodes a SeqCallReply message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {seq.SeqCallReply & seq.SeqCallReply.$Shape} SeqCallReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): seq.SeqCallReply & seq.SeqCallReply.$Shape;
    }

    namespace SeqCallReply {

        /** Properties of a SeqCallReply. */
        interface $Properties {

            /** SeqCallReply next */
            next?: (seq.NextReply.$Properties|null);

            /** SeqCallReply status */
            status?: (seq.StatusReply.$Properties|null);

            /** SeqCallReply body */
            body?: ("next"|"status");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a SeqCallReply. */
        type $Shape = {
          next?: seq.NextReply.$Shape|null;
          status?: seq.StatusReply.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; next?: null; status?: null }|{ body?: "next"; next: seq.NextReply.$Shape; status?: null }|{ body?: "status"; next?: null; status: seq.StatusReply.$Shape })
        );
    }
}
