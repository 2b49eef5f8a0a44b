import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace group. */
export namespace group {

    /**
     * Properties of an Instance.
     * @deprecated Use group.Instance.$Properties instead.
     */
    interface IInstance extends group.Instance.$Properties {
    }

    /** Represents an Instance. */
    class Instance {

        /**
         * Constructs a new Instance.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.Instance.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Instance id. */
        id: string;

        /** Instance group. */
        group: string;

        /** Instance critical. */
        critical: boolean;

        /**
         * Encodes the specified Instance message. Does not implicitly {@link group.Instance.verify|verify} messages.
         * @param message Instance message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.Instance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Instance message, length delimited. Does not implicitly {@link group.Instance.verify|verify} messages.
         * @param message Instance message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.Instance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Instance message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.Instance & group.Instance.$Shape} Instance
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.Instance & group.Instance.$Shape;

        /**
         * Decodes an Instance message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.Instance & group.Instance.$Shape} Instance
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.Instance & group.Instance.$Shape;
    }

    namespace Instance {

        /** Properties of an Instance. */
        interface $Properties {

            /** Instance id */
            id?: (string|null);

            /** Instance group */
            group?: (string|null);

            /** Instance critical */
            critical?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Instance. */
        type $Shape = group.Instance.$Properties;
    }

    /**
     * Properties of an Origin.
     * @deprecated Use group.Origin.$Properties instead.
     */
    interface IOrigin extends group.Origin.$Properties {
    }

    /** Represents an Origin. */
    class Origin {

        /**
         * Constructs a new Origin.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.Origin.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Origin node. */
        node: string;

        /** Origin boot. */
        boot: number;

        /**
         * Encodes the specified Origin message. Does not implicitly {@link group.Origin.verify|verify} messages.
         * @param message Origin message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.Origin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Origin message, length delimited. Does not implicitly {@link group.Origin.verify|verify} messages.
         * @param message Origin message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.Origin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Origin message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.Origin & group.Origin.$Shape} Origin
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.Origin & group.Origin.$Shape;

        /**
         * Decodes an Origin message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.Origin & group.Origin.$Shape} Origin
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.Origin & group.Origin.$Shape;
    }

    namespace Origin {

        /** Properties of an Origin. */
        interface $Properties {

            /** Origin node */
            node?: (string|null);

            /** Origin boot */
            boot?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Origin. */
        type $Shape = group.Origin.$Properties;
    }

    /**
     * Properties of an AppMessage.
     * @deprecated Use group.AppMessage.$Properties instead.
     */
    interface IAppMessage extends group.AppMessage.$Properties {
    }

    /** Represents an AppMessage. */
    class AppMessage {

        /**
         * Constructs a new AppMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.AppMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AppMessage group. */
        group: string;

        /** AppMessage instance. */
        instance: string;

        /** AppMessage payload. */
        payload: Uint8Array;

        /**
         * Encodes the specified AppMessage message. Does not implicitly {@link group.AppMessage.verify|verify} messages.
         * @param message AppMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.AppMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AppMessage message, length delimited. Does not implicitly {@link group.AppMessage.verify|verify} messages.
         * @param message AppMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.AppMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AppMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.AppMessage & group.AppMessage.$Shape} AppMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.AppMessage & group.AppMessage.$Shape;

        /**
         * Decodes an AppMessage message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.AppMessage & group.AppMessage.$Shape} AppMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.AppMessage & group.AppMessage.$Shape;
    }

    namespace AppMessage {

        /** Properties of an AppMessage. */
        interface $Properties {

            /** AppMessage group */
            group?: (string|null);

            /** AppMessage instance */
            instance?: (string|null);

            /** AppMessage payload */
            payload?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AppMessage. */
        type $Shape = group.AppMessage.$Properties;
    }

    /**
     * Properties of a Join.
     * @deprecated Use group.Join.$Properties instead.
     */
    interface IJoin extends group.Join.$Properties {
    }

    /** Represents a Join. */
    class Join {

        /**
         * Constructs a new Join.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.Join.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Join instance. */
        instance?: (group.Instance.$Properties|null);

        /**
         * Encodes the specified Join message. Does not implicitly {@link group.Join.verify|verify} messages.
         * @param message Join message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.Join.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Join message, length delimited. Does not implicitly {@link group.Join.verify|verify} messages.
         * @param message Join message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.Join.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Join message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.Join & group.Join.$Shape} Join
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.Join & group.Join.$Shape;

        /**
         * Decodes a Join message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.Join & group.Join.$Shape} Join
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.Join & group.Join.$Shape;
    }

    namespace Join {

        /** Properties of a Join. */
        interface $Properties {

            /** Join instance */
            instance?: (group.Instance.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Join. */
        type $Shape = group.Join.$Properties;
    }

    /** ExitState enum. */
    enum ExitState {

        /** EXIT_STATE_UNSPECIFIED value */
        EXIT_STATE_UNSPECIFIED = 0,

        /** UNREGISTERED value */
        UNREGISTERED = 1,

        /** UNKNOWN value */
        UNKNOWN = 2
    }

    /**
     * Properties of a Leave.
     * @deprecated Use group.Leave.$Properties instead.
     */
    interface ILeave extends group.Leave.$Properties {
    }

    /** Represents a Leave. */
    class Leave {

        /**
         * Constructs a new Leave.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.Leave.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Leave instance. */
        instance: string;

        /** Leave state. */
        state: group.ExitState;

        /** Leave reason. */
        reason: string;

        /**
         * Encodes the specified Leave message. Does not implicitly {@link group.Leave.verify|verify} messages.
         * @param message Leave message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.Leave.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Leave message, length delimited. Does not implicitly {@link group.Leave.verify|verify} messages.
         * @param message Leave message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.Leave.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Leave message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.Leave & group.Leave.$Shape} Leave
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.Leave & group.Leave.$Shape;

        /**
         * Decodes a Leave message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.Leave & group.Leave.$Shape} Leave
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.Leave & group.Leave.$Shape;
    }

    namespace Leave {

        /** Properties of a Leave. */
        interface $Properties {

            /** Leave instance */
            instance?: (string|null);

            /** Leave state */
            state?: (group.ExitState|null);

            /** Leave reason */
            reason?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Leave. */
        type $Shape = group.Leave.$Properties;
    }

    /**
     * Properties of an OriginSeq.
     * @deprecated Use group.OriginSeq.$Properties instead.
     */
    interface IOriginSeq extends group.OriginSeq.$Properties {
    }

    /** Represents an OriginSeq. */
    class OriginSeq {

        /**
         * Constructs a new OriginSeq.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.OriginSeq.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** OriginSeq origin. */
        origin?: (group.Origin.$Properties|null);

        /** OriginSeq seq. */
        seq: (number|Long);

        /**
         * Encodes the specified OriginSeq message. Does not implicitly {@link group.OriginSeq.verify|verify} messages.
         * @param message OriginSeq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.OriginSeq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified OriginSeq message, length delimited. Does not implicitly {@link group.OriginSeq.verify|verify} messages.
         * @param message OriginSeq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.OriginSeq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an OriginSeq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.OriginSeq & group.OriginSeq.$Shape} OriginSeq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.OriginSeq & group.OriginSeq.$Shape;

        /**
         * Decodes an OriginSeq message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.OriginSeq & group.OriginSeq.$Shape} OriginSeq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.OriginSeq & group.OriginSeq.$Shape;
    }

    namespace OriginSeq {

        /** Properties of an OriginSeq. */
        interface $Properties {

            /** OriginSeq origin */
            origin?: (group.Origin.$Properties|null);

            /** OriginSeq seq */
            seq?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an OriginSeq. */
        type $Shape = group.OriginSeq.$Properties;
    }

    /**
     * Properties of a Snapshot.
     * @deprecated Use group.Snapshot.$Properties instead.
     */
    interface ISnapshot extends group.Snapshot.$Properties {
    }

    /** Represents a Snapshot. */
    class Snapshot {

        /**
         * Constructs a new Snapshot.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.Snapshot.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Snapshot instances. */
        instances: group.Instance.$Properties[];

        /** Snapshot delivered. */
        delivered: group.OriginSeq.$Properties[];

        /** Snapshot history. */
        history: string;

        /**
         * Encodes the specified Snapshot message. Does not implicitly {@link group.Snapshot.verify|verify} messages.
         * @param message Snapshot message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.Snapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Snapshot message, length delimited. Does not implicitly {@link group.Snapshot.verify|verify} messages.
         * @param message Snapshot message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.Snapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Snapshot message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.Snapshot & group.Snapshot.$Shape} Snapshot
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.Snapshot & group.Snapshot.$Shape;

        /**
         * Decodes a Snapshot message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.Snapshot & group.Snapshot.$Shape} Snapshot
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.Snapshot & group.Snapshot.$Shape;
    }

    namespace Snapshot {

        /** Properties of a Snapshot. */
        interface $Properties {

            /** Snapshot instances */
            instances?: (group.Instance.$Properties[]|null);

            /** Snapshot delivered */
            delivered?: (group.OriginSeq.$Properties[]|null);

            /** Snapshot history */
            history?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Snapshot. */
        type $Shape = group.Snapshot.$Properties;
    }

    /**
     * Properties of a ViewChange.
     * @deprecated Use group.ViewChange.$Properties instead.
     */
    interface IViewChange extends group.ViewChange.$Properties {
    }

    /** Represents a ViewChange. */
    class ViewChange {

        /**
         * Constructs a new ViewChange.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.ViewChange.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ViewChange view. */
        view: (number|Long);

        /** ViewChange members. */
        members: group.Origin.$Properties[];

        /** ViewChange snapshot. */
        snapshot?: (group.Snapshot.$Properties|null);

        /**
         * Encodes the specified ViewChange message. Does not implicitly {@link group.ViewChange.verify|verify} messages.
         * @param message ViewChange message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.ViewChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ViewChange message, length delimited. Does not implicitly {@link group.ViewChange.verify|verify} messages.
         * @param message ViewChange message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.ViewChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ViewChange message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.ViewChange & group.ViewChange.$Shape} ViewChange
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.ViewChange & group.ViewChange.$Shape;

        /**
         * Decodes a ViewChange message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.ViewChange & group.ViewChange.$Shape} ViewChange
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.ViewChange & group.ViewChange.$Shape;
    }

    namespace ViewChange {

        /** Properties of a ViewChange. */
        interface $Properties {

            /** ViewChange view */
            view?: (number|Long|null);

            /** ViewChange members */
            members?: (group.Origin.$Properties[]|null);

            /** ViewChange snapshot */
            snapshot?: (group.Snapshot.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ViewChange. */
        type $Shape = group.ViewChange.$Properties;
    }

    /**
     * Properties of an Entry.
     * @deprecated Use group.Entry.$Properties instead.
     */
    interface IEntry extends group.Entry.$Properties {
    }

    /** Represents an Entry. */
    class Entry {

        /**
         * Constructs a new Entry.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.Entry.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Entry gseq. */
        gseq: (number|Long);

        /** Entry origin. */
        origin?: (group.Origin.$Properties|null);

        /** Entry seq. */
        seq: (number|Long);

        /** Entry message. */
        message?: (group.AppMessage.$Properties|null);

        /** Entry join. */
        join?: (group.Join.$Properties|null);

        /** Entry leave. */
        leave?: (group.Leave.$Properties|null);

        /** Entry view. */
        view?: (group.ViewChange.$Properties|null);

        /** Entry body. */
        body?: ("message"|"join"|"leave"|"view");

        /**
         * Encodes the specified Entry message. Does not implicitly {@link group.Entry.verify|verify} messages.
         * @param message Entry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.Entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Entry message, length delimited. Does not implicitly {@link group.Entry.verify|verify} messages.
         * @param message Entry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.Entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Entry message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.Entry & group.Entry.$Shape} Entry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.Entry & group.Entry.$Shape;

        /**
         * Decodes an Entry message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.Entry & group.Entry.$Shape} Entry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.Entry & group.Entry.$Shape;
    }

    namespace Entry {

        /** Properties of an Entry. */
        interface $Properties {

            /** Entry gseq */
            gseq?: (number|Long|null);

            /** Entry origin */
            origin?: (group.Origin.$Properties|null);

            /** Entry seq */
            seq?: (number|Long|null);

            /** Entry message */
            message?: (group.AppMessage.$Properties|null);

            /** Entry join */
            join?: (group.Join.$Properties|null);

            /** Entry leave */
            leave?: (group.Leave.$Properties|null);

            /** Entry view */
            view?: (group.ViewChange.$Properties|null);

            /** Entry body */
            body?: ("message"|"join"|"leave"|"view");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of an Entry. */
        type $Shape = {
          gseq?: number|Long|null;
          origin?: group.Origin.$Shape|null;
          seq?: number|Long|null;
          message?: group.AppMessage.$Shape|null;
          join?: group.Join.$Shape|null;
          leave?: group.Leave.$Shape|null;
          view?: group.ViewChange.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; message?: null; join?: null; leave?: null; view?: null }|{ body?: "message"; message: group.AppMessage.$Shape; join?: null; leave?: null; view?: null }|{ body?: "join"; message?: null; join: group.Join.$Shape; leave?: null; view?: null }|{ body?: "leave"; message?: null; join?: null; leave: group.Leave.$Shape; view?: null }|{ body?: "view"; message?: null; join?: null; leave?: null; view: group.ViewChange.$Shape })
        );
    }

    /**
     * Properties of a Submit.
     * @deprecated Use group.Submit.$Properties instead.
     */
    interface ISubmit extends group.Submit.$Properties {
    }

    /** Represents a Submit. */
    class Submit {

        /**
         * Constructs a new Submit.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.Submit.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Submit epoch. */
        epoch: (number|Long);

        /** Submit entry. */
        entry?: (group.Entry.$Properties|null);

        /**
         * Encodes the specified Submit message. Does not implicitly {@link group.Submit.verify|verify} messages.
         * @param message Submit message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.Submit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Submit message, length delimited. Does not implicitly {@link group.Submit.verify|verify} messages.
         * @param message Submit message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.Submit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Submit message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.Submit & group.Submit.$Shape} Submit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.Submit & group.Submit.$Shape;

        /**
         * Decodes a Submit message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.Submit & group.Submit.$Shape} Submit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.Submit & group.Submit.$Shape;
    }

    namespace Submit {

        /** Properties of a Submit. */
        interface $Properties {

            /** Submit epoch */
            epoch?: (number|Long|null);

            /** Submit entry */
            entry?: (group.Entry.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Submit. */
        type $Shape = {
          epoch?: number|Long|null;
          entry?: group.Entry.$Shape|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a Propose.
     * @deprecated Use group.Propose.$Properties instead.
     */
    interface IPropose extends group.Propose.$Properties {
    }

    /** Represents a Propose. */
    class Propose {

        /**
         * Constructs a new Propose.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.Propose.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Propose epoch. */
        epoch: (number|Long);

        /** Propose entries. */
        entries: group.Entry.$Properties[];

        /**
         * Encodes the specified Propose message. Does not implicitly {@link group.Propose.verify|verify} messages.
         * @param message Propose message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.Propose.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Propose message, length delimited. Does not implicitly {@link group.Propose.verify|verify} messages.
         * @param message Propose message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.Propose.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Propose message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.Propose & group.Propose.$Shape} Propose
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.Propose & group.Propose.$Shape;

        /**
         * Decodes a Propose message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.Propose & group.Propose.$Shape} Propose
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.Propose & group.Propose.$Shape;
    }

    namespace Propose {

        /** Properties of a Propose. */
        interface $Properties {

            /** Propose epoch */
            epoch?: (number|Long|null);

            /** Propose entries */
            entries?: (group.Entry.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Propose. */
        type $Shape = {
          epoch?: number|Long|null;
          entries?: group.Entry.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a Commit.
     * @deprecated Use group.Commit.$Properties instead.
     */
    interface ICommit extends group.Commit.$Properties {
    }

    /** Represents a Commit. */
    class Commit {

        /**
         * Constructs a new Commit.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.Commit.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Commit epoch. */
        epoch: (number|Long);

        /** Commit upTo. */
        upTo: (number|Long);

        /** Commit stable. */
        stable: (number|Long);

        /**
         * Encodes the specified Commit message. Does not implicitly {@link group.Commit.verify|verify} messages.
         * @param message Commit message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.Commit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Commit message, length delimited. Does not implicitly {@link group.Commit.verify|verify} messages.
         * @param message Commit message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.Commit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Commit message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.Commit & group.Commit.$Shape} Commit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.Commit & group.Commit.$Shape;

        /**
         * Decodes a Commit message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.Commit & group.Commit.$Shape} Commit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.Commit & group.Commit.$Shape;
    }

    namespace Commit {

        /** Properties of a Commit. */
        interface $Properties {

            /** Commit epoch */
            epoch?: (number|Long|null);

            /** Commit upTo */
            upTo?: (number|Long|null);

            /** Commit stable */
            stable?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Commit. */
        type $Shape = group.Commit.$Properties;
    }

    /**
     * Properties of an Ack.
     * @deprecated Use group.Ack.$Properties instead.
     */
    interface IAck extends group.Ack.$Properties {
    }

    /** Represents an Ack. */
    class Ack {

        /**
         * Constructs a new Ack.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.Ack.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Ack epoch. */
        epoch: (number|Long);

        /** Ack upTo. */
        upTo: (number|Long);

        /**
         * Encodes the specified Ack message. Does not implicitly {@link group.Ack.verify|verify} messages.
         * @param message Ack message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Ack message, length delimited. Does not implicitly {@link group.Ack.verify|verify} messages.
         * @param message Ack message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Ack message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.Ack & group.Ack.$Shape} Ack
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.Ack & group.Ack.$Shape;

        /**
         * Decodes an Ack message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.Ack & group.Ack.$Shape} Ack
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.Ack & group.Ack.$Shape;
    }

    namespace Ack {

        /** Properties of an Ack. */
        interface $Properties {

            /** Ack epoch */
            epoch?: (number|Long|null);

            /** Ack upTo */
            upTo?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Ack. */
        type $Shape = group.Ack.$Properties;
    }

    /**
     * Properties of a State.
     * @deprecated Use group.State.$Properties instead.
     */
    interface IState extends group.State.$Properties {
    }

    /** Represents a State. */
    class State {

        /**
         * Constructs a new State.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.State.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** State epoch. */
        epoch: (number|Long);

        /** State fresh. */
        fresh: boolean;

        /** State delivered. */
        delivered: (number|Long);

        /** State entries. */
        entries: group.Entry.$Properties[];

        /** State lacking. */
        lacking: boolean;

        /**
         * Encodes the specified State message. Does not implicitly {@link group.State.verify|verify} messages.
         * @param message State message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.State.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified State message, length delimited. Does not implicitly {@link group.State.verify|verify} messages.
         * @param message State message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.State.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a State message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.State & group.State.$Shape} State
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.State & group.State.$Shape;

        /**
         * Decodes a State message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.State & group.State.$Shape} State
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.State & group.State.$Shape;
    }

    namespace State {

        /** Properties of a State. */
        interface $Properties {

            /** State epoch */
            epoch?: (number|Long|null);

            /** State fresh */
            fresh?: (boolean|null);

            /** State delivered */
            delivered?: (number|Long|null);

            /** State entries */
            entries?: (group.Entry.$Properties[]|null);

            /** State lacking */
            lacking?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a State. */
        type $Shape = {
          epoch?: number|Long|null;
          fresh?: boolean|null;
          delivered?: number|Long|null;
          entries?: group.Entry.$Shape[]|null;
          lacking?: boolean|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a GroupMessage.
     * @deprecated Use group.GroupMessage.$Properties instead.
     */
    interface IGroupMessage extends group.GroupMessage.$Properties {
    }

    /** Represents a GroupMessage. */
    class GroupMessage {

        /**
         * Constructs a new GroupMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.GroupMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupMessage submit. */
        submit?: (group.Submit.$Properties|null);

        /** GroupMessage propose. */
        propose?: (group.Propose.$Properties|null);

        /** GroupMessage commit. */
        commit?: (group.Commit.$Properties|null);

        /** GroupMessage ack. */
        ack?: (group.Ack.$Properties|null);

        /** GroupMessage state. */
        state?: (group.State.$Properties|null);

        /** GroupMessage body. */
        body?: ("submit"|"propose"|"commit"|"ack"|"state");

        /**
         * Encodes the specified GroupMessage message. Does not implicitly {@link group.GroupMessage.verify|verify} messages.
         * @param message GroupMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.GroupMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified GroupMessage message, length delimited. Does not implicitly {@link group.GroupMessage.verify|verify} messages.
         * @param message GroupMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.GroupMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.GroupMessage & group.GroupMessage.$Shape} GroupMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.GroupMessage & group.GroupMessage.$Shape;

        /**
         * Decodes a GroupMessage message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.GroupMessage & group.GroupMessage.$Shape} GroupMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.GroupMessage & group.GroupMessage.$Shape;
    }

    namespace GroupMessage {

        /** Properties of a GroupMessage. */
        interface $Properties {

            /** GroupMessage submit */
            submit?: (group.Submit.$Properties|null);

            /** GroupMessage propose */
            propose?: (group.Propose.$Properties|null);

            /** GroupMessage commit */
            commit?: (group.Commit.$Properties|null);

            /** GroupMessage ack */
            ack?: (group.Ack.$Properties|null);

            /** GroupMessage state */
            state?: (group.State.$Properties|null);

            /** GroupMessage body */
            body?: ("submit"|"propose"|"commit"|"ack"|"state");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a GroupMessage. */
        type $Shape = {
          submit?: group.Submit.$Shape|null;
          propose?: group.Propose.$Shape|null;
          commit?: group.Commit.$Shape|null;
          ack?: group.Ack.$Shape|null;
          state?: group.State.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; submit?: null; propose?: null; commit?: null; ack?: null; state?: null }|{ body?: "submit"; submit: group.Submit.$Shape; propose?: null; commit?: null; ack?: null; state?: null }|{ body?: "propose"; submit?: null; propose: group.Propose.$Shape; commit?: null; ack?: null; state?: null }|{ body?: "commit"; submit?: null; propose?: null; commit: group.Commit.$Shape; ack?: null; state?: null }|{ body?: "ack"; submit?: null; propose?: null; commit?: null; ack: group.Ack.$Shape; state?: null }|{ body?: "state"; submit?: null; propose?: null; commit?: null; ack?: null; state: group.State.$Shape })
        );
    }

    /**
     * Properties of a GroupBatch.
     * @deprecated Use group.GroupBatch.$Properties instead.
     */
    interface IGroupBatch extends group.GroupBatch.$Properties {
    }

    /** Represents a GroupBatch. */
    class GroupBatch {

        /**
         * Constructs a new GroupBatch.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.GroupBatch.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupBatch messages. */
        messages: group.GroupMessage.$Properties[];

        /**
         * Encodes the specified GroupBatch message. Does not implicitly {@link group.GroupBatch.verify|verify} messages.
         * @param message GroupBatch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.GroupBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified GroupBatch message, length delimited. Does not implicitly {@link group.GroupBatch.verify|verify} messages.
         * @param message GroupBatch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.GroupBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupBatch message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.GroupBatch & group.GroupBatch.$Shape} GroupBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.GroupBatch & group.GroupBatch.$Shape;

        /**
         * Decodes a GroupBatch message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.GroupBatch & group.GroupBatch.$Shape} GroupBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.GroupBatch & group.GroupBatch.$Shape;
    }

    namespace GroupBatch {

        /** Properties of a GroupBatch. */
        interface $Properties {

            /** GroupBatch messages */
            messages?: (group.GroupMessage.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GroupBatch. */
        type $Shape = {
          messages?: group.GroupMessage.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a RegisterRequest.
     * @deprecated Use group.RegisterRequest.$Properties instead.
     */
    interface IRegisterRequest extends group.RegisterRequest.$Properties {
    }

    /** Represents a RegisterRequest. */
    class RegisterRequest {

        /**
         * Constructs a new RegisterRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.RegisterRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RegisterRequest group. */
        group: string;

        /** RegisterRequest critical. */
        critical: boolean;

        /**
         * Encodes the specified RegisterRequest message. Does not implicitly {@link group.RegisterRequest.verify|verify} messages.
         * @param message RegisterRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.RegisterRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified RegisterRequest message, length delimited. Does not implicitly {@link group.RegisterRequest.verify|verify} messages.
         * @param message RegisterRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.RegisterRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RegisterRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.RegisterRequest & group.RegisterRequest.$Shape} RegisterRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.RegisterRequest & group.RegisterRequest.$Shape;

        /**
         * Decodes a RegisterRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.RegisterRequest & group.RegisterRequest.$Shape} RegisterRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.RegisterRequest & group.RegisterRequest.$Shape;
    }

    namespace RegisterRequest {

        /** Properties of a RegisterRequest. */
        interface $Properties {

            /** RegisterRequest group */
            group?: (string|null);

            /** RegisterRequest critical */
            critical?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RegisterRequest. */
        type $Shape = group.RegisterRequest.$Properties;
    }

    /**
     * Properties of a SendRequest.
     * @deprecated Use group.SendRequest.$Properties instead.
     */
    interface ISendRequest extends group.SendRequest.$Properties {
    }

    /** Represents a SendRequest. */
    class SendRequest {

        /**
         * Constructs a new SendRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.SendRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SendRequest instance. */
        instance: string;

        /** SendRequest payload. */
        payload: Uint8Array;

        /**
         * Encodes the specified SendRequest message. Does not implicitly {@link group.SendRequest.verify|verify} messages.
         * @param message SendRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.SendRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SendRequest message, length delimited. Does not implicitly {@link group.SendRequest.verify|verify} messages.
         * @param message SendRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.SendRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SendRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.SendRequest & group.SendRequest.$Shape} SendRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.SendRequest & group.SendRequest.$Shape;

        /**
         * Decodes a SendRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.SendRequest & group.SendRequest.$Shape} SendRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.SendRequest & group.SendRequest.$Shape;
    }

    namespace SendRequest {

        /** Properties of a SendRequest. */
        interface $Properties {

            /** SendRequest instance */
            instance?: (string|null);

            /** SendRequest payload */
            payload?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SendRequest. */
        type $Shape = group.SendRequest.$Properties;
    }

    /**
     * Properties of an UnregisterRequest.
     * @deprecated Use group.UnregisterRequest.$Properties instead.
     */
    interface IUnregisterRequest extends group.UnregisterRequest.$Properties {
    }

    /** Represents an UnregisterRequest. */
    class UnregisterRequest {

        /**
         * Constructs a new UnregisterRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.UnregisterRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** UnregisterRequest instance. */
        instance: string;

        /**
         * Encodes the specified UnregisterRequest message. Does not implicitly {@link group.UnregisterRequest.verify|verify} messages.
         * @param message UnregisterRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.UnregisterRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified UnregisterRequest message, length delimited. Does not implicitly {@link group.UnregisterRequest.verify|verify} messages.
         * @param message UnregisterRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.UnregisterRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UnregisterRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.UnregisterRequest & group.UnregisterRequest.$Shape} UnregisterRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.UnregisterRequest & group.UnregisterRequest.$Shape;

        /**
         * Decodes an UnregisterRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.UnregisterRequest & group.UnregisterRequest.$Shape} UnregisterRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.UnregisterRequest & group.UnregisterRequest.$Shape;
    }

    namespace UnregisterRequest {

        /** Properties of an UnregisterRequest. */
        interface $Properties {

            /** UnregisterRequest instance */
            instance?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an UnregisterRequest. */
        type $Shape = group.UnregisterRequest.$Properties;
    }

    /**
     * Properties of a PongRequest.
     * @deprecated Use group.PongRequest.$Properties instead.
     */
    interface IPongRequest extends group.PongRequest.$Properties {
    }

    /** Represents a PongRequest. */
    class PongRequest {

        /**
         * Constructs a new PongRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.PongRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PongRequest instance. */
        instance: string;

        /** PongRequest nonce. */
        nonce: (number|Long);

        /**
         * Encodes the specified PongRequest message. Does not implicitly {@link group.PongRequest.verify|verify} messages.
         * @param message PongRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.PongRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified PongRequest message, length delimited. Does not implicitly {@link group.PongRequest.verify|verify} messages.
         * @param message PongRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.PongRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PongRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.PongRequest & group.PongRequest.$Shape} PongRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.PongRequest & group.PongRequest.$Shape;

        /**
         * Decodes a PongRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.PongRequest & group.PongRequest.$Shape} PongRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.PongRequest & group.PongRequest.$Shape;
    }

    namespace PongRequest {

        /** Properties of a PongRequest. */
        interface $Properties {

            /** PongRequest instance */
            instance?: (string|null);

            /** PongRequest nonce */
            nonce?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PongRequest. */
        type $Shape = group.PongRequest.$Properties;
    }

    /**
     * Properties of a GroupsRequest.
     * @deprecated Use group.GroupsRequest.$Properties instead.
     */
    interface IGroupsRequest extends group.GroupsRequest.$Properties {
    }

    /** Represents a GroupsRequest. */
    class GroupsRequest {

        /**
         * Constructs a new GroupsRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.GroupsRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Encodes the specified GroupsRequest message. Does not implicitly {@link group.GroupsRequest.verify|verify} messages.
         * @param message GroupsRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.GroupsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified GroupsRequest message, length delimited. Does not implicitly {@link group.GroupsRequest.verify|verify} messages.
         * @param message GroupsRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.GroupsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupsRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.GroupsRequest & group.GroupsRequest.$Shape} GroupsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.GroupsRequest & group.GroupsRequest.$Shape;

        /**
         * Decodes a GroupsRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.GroupsRequest & group.GroupsRequest.$Shape} GroupsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.GroupsRequest & group.GroupsRequest.$Shape;
    }

    namespace GroupsRequest {

        /** Properties of a GroupsRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GroupsRequest. */
        type $Shape = group.GroupsRequest.$Properties;
    }

    /**
     * Properties of an ArmCrash.
     * @deprecated Use group.ArmCrash.$Properties instead.
     */
    interface IArmCrash extends group.ArmCrash.$Properties {
    }

    /** Represents an ArmCrash. */
    class ArmCrash {

        /**
         * Constructs a new ArmCrash.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.ArmCrash.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ArmCrash phase. */
        phase: string;

        /**
         * Encodes the specified ArmCrash message. Does not implicitly {@link group.ArmCrash.verify|verify} messages.
         * @param message ArmCrash message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.ArmCrash.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ArmCrash message, length delimited. Does not implicitly {@link group.ArmCrash.verify|verify} messages.
         * @param message ArmCrash message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.ArmCrash.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ArmCrash message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.ArmCrash & group.ArmCrash.$Shape} ArmCrash
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.ArmCrash & group.ArmCrash.$Shape;

        /**
         * Decodes an ArmCrash message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.ArmCrash & group.ArmCrash.$Shape} ArmCrash
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.ArmCrash & group.ArmCrash.$Shape;
    }

    namespace ArmCrash {

        /** Properties of an ArmCrash. */
        interface $Properties {

            /** ArmCrash phase */
            phase?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ArmCrash. */
        type $Shape = group.ArmCrash.$Properties;
    }

    /**
     * Properties of a GroupCall.
     * @deprecated Use group.GroupCall.$Properties instead.
     */
    interface IGroupCall extends group.GroupCall.$Properties {
    }

    /** Represents a GroupCall. */
    class GroupCall {

        /**
         * Constructs a new GroupCall.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.GroupCall.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupCall register. */
        register?: (group.RegisterRequest.$Properties|null);

        /** GroupCall send. */
        send?: (group.SendRequest.$Properties|null);

        /** GroupCall unregister. */
        unregister?: (group.UnregisterRequest.$Properties|null);

        /** GroupCall pong. */
        pong?: (group.PongRequest.$Properties|null);

        /** GroupCall groups. */
        groups?: (group.GroupsRequest.$Properties|null);

        /** GroupCall armCrash. */
        armCrash?: (group.ArmCrash.$Properties|null);

        /** GroupCall body. */
        body?: ("register"|"send"|"unregister"|"pong"|"groups"|"armCrash");

        /**
         * Encodes the specified GroupCall message. Does not implicitly {@link group.GroupCall.verify|verify} messages.
         * @param message GroupCall message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.GroupCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified GroupCall message, length delimited. Does not implicitly {@link group.GroupCall.verify|verify} messages.
         * @param message GroupCall message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.GroupCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupCall message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.GroupCall & group.GroupCall.$Shape} GroupCall
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.GroupCall & group.GroupCall.$Shape;

        /**
         * Decodes a GroupCall message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.GroupCall & group.GroupCall.$Shape} GroupCall
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.GroupCall & group.GroupCall.$Shape;
    }

    namespace GroupCall {

        /** Properties of a GroupCall. */
        interface $Properties {

            /** GroupCall register */
            register?: (group.RegisterRequest.$Properties|null);

            /** GroupCall send */
            send?: (group.SendRequest.$Properties|null);

            /** GroupCall unregister */
            unregister?: (group.UnregisterRequest.$Properties|null);

            /** GroupCall pong */
            pong?: (group.PongRequest.$Properties|null);

            /** GroupCall groups */
            groups?: (group.GroupsRequest.$Properties|null);

            /** GroupCall armCrash */
            armCrash?: (group.ArmCrash.$Properties|null);

            /** GroupCall body */
            body?: ("register"|"send"|"unregister"|"pong"|"groups"|"armCrash");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a GroupCall. */
        type $Shape = {
          register?: group.RegisterRequest.$Shape|null;
          send?: group.SendRequest.$Shape|null;
          unregister?: group.UnregisterRequest.$Shape|null;
          pong?: group.PongRequest.$Shape|null;
          groups?: group.GroupsRequest.$Shape|null;
          armCrash?: group.ArmCrash.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; register?: null; send?: null; unregister?: null; pong?: null; groups?: null; armCrash?: null }|{ body?: "register"; register: group.RegisterRequest.$Shape; send?: null; unregister?: null; pong?: null; groups?: null; armCrash?: null }|{ body?: "send"; register?: null; send: group.SendRequest.$Shape; unregister?: null; pong?: null; groups?: null; armCrash?: null }|{ body?: "unregister"; register?: null; send?: null; unregister: group.UnregisterRequest.$Shape; pong?: null; groups?: null; armCrash?: null }|{ body?: "pong"; register?: null; send?: null; unregister?: null; pong: group.PongRequest.$Shape; groups?: null; armCrash?: null }|{ body?: "groups"; register?: null; send?: null; unregister?: null; pong?: null; groups: group.GroupsRequest.$Shape; armCrash?: null }|{ body?: "armCrash"; register?: null; send?: null; unregister?: null; pong?: null; groups?: null; armCrash: group.ArmCrash.$Shape })
        );
    }

    /**
     * Properties of an InstanceState.
     * @deprecated Use group.InstanceState.$Properties instead.
     */
    interface IInstanceState extends group.InstanceState.$Properties {
    }

    /** Represents an InstanceState. */
    class InstanceState {

        /**
         * Constructs a new InstanceState.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.InstanceState.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** InstanceState id. */
        id: string;

        /** InstanceState node. */
        node: string;

        /** InstanceState critical. */
        critical: boolean;

        /** InstanceState state. */
        state: string;

        /**
         * Encodes the specified InstanceState message. Does not implicitly {@link group.InstanceState.verify|verify} messages.
         * @param message InstanceState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.InstanceState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified InstanceState message, length delimited. Does not implicitly {@link group.InstanceState.verify|verify} messages.
         * @param message InstanceState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.InstanceState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an InstanceState message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.InstanceState & group.InstanceState.$Shape} InstanceState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.InstanceState & group.InstanceState.$Shape;

        /**
         * Decodes an InstanceState message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.InstanceState & group.InstanceState.$Shape} InstanceState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.InstanceState & group.InstanceState.$Shape;
    }

    namespace InstanceState {

        /** Properties of an InstanceState. */
        interface $Properties {

            /** InstanceState id */
            id?: (string|null);

            /** InstanceState node */
            node?: (string|null);

            /** InstanceState critical */
            critical?: (boolean|null);

            /** InstanceState state */
            state?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an InstanceState. */
        type $Shape = group.InstanceState.$Properties;
    }

    /**
     * Properties of a GroupInfo.
     * @deprecated Use group.GroupInfo.$Properties instead.
     */
    interface IGroupInfo extends group.GroupInfo.$Properties {
    }

    /** Represents a GroupInfo. */
    class GroupInfo {

        /**
         * Constructs a new GroupInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.GroupInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupInfo name. */
        name: string;

        /** GroupInfo instances. */
        instances: group.InstanceState.$Properties[];

        /**
         * Encodes the specified GroupInfo message. Does not implicitly {@link group.GroupInfo.verify|verify} messages.
         * @param message GroupInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.GroupInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified GroupInfo message, length delimited. Does not implicitly {@link group.GroupInfo.verify|verify} messages.
         * @param message GroupInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.GroupInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.GroupInfo & group.GroupInfo.$Shape} GroupInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.GroupInfo & group.GroupInfo.$Shape;

        /**
         * Decodes a GroupInfo message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.GroupInfo & group.GroupInfo.$Shape} GroupInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.GroupInfo & group.GroupInfo.$Shape;
    }

    namespace GroupInfo {

        /** Properties of a GroupInfo. */
        interface $Properties {

            /** GroupInfo name */
            name?: (string|null);

            /** GroupInfo instances */
            instances?: (group.InstanceState.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GroupInfo. */
        type $Shape = group.GroupInfo.$Properties;
    }

    /**
     * Properties of a GroupsReply.
     * @deprecated Use group.GroupsReply.$Properties instead.
     */
    interface IGroupsReply extends group.GroupsReply.$Properties {
    }

    /** Represents a GroupsReply. */
    class GroupsReply {

        /**
         * Constructs a new GroupsReply.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.GroupsReply.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupsReply view. */
        view: (number|Long);

        /** GroupsReply coordinator. */
        coordinator: string;

        /** GroupsReply delivered. */
        delivered: (number|Long);

        /** GroupsReply groups. */
        groups: group.GroupInfo.$Properties[];

        /**
         * Encodes the specified GroupsReply message. Does not implicitly {@link group.GroupsReply.verify|verify} messages.
         * @param message GroupsReply message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.GroupsReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified GroupsReply message, length delimited. Does not implicitly {@link group.GroupsReply.verify|verify} messages.
         * @param message GroupsReply message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.GroupsReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupsReply message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.GroupsReply & group.GroupsReply.$Shape} GroupsReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.GroupsReply & group.GroupsReply.$Shape;

        /**
         * Decodes a GroupsReply message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.GroupsReply & group.GroupsReply.$Shape} GroupsReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.GroupsReply & group.GroupsReply.$Shape;
    }

    namespace GroupsReply {

        /** Properties of a GroupsReply. */
        interface $Properties {

            /** GroupsReply view */
            view?: (number|Long|null);

            /** GroupsReply coordinator */
            coordinator?: (string|null);

            /** GroupsReply delivered */
            delivered?: (number|Long|null);

            /** GroupsReply groups */
            groups?: (group.GroupInfo.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GroupsReply. */
        type $Shape = group.GroupsReply.$Properties;
    }

    /**
     * Properties of a Registered.
     * @deprecated Use group.Registered.$Properties instead.
     */
    interface IRegistered extends group.Registered.$Properties {
    }

    /** Represents a Registered. */
    class Registered {

        /**
         * Constructs a new Registered.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.Registered.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Registered instance. */
        instance: string;

        /** Registered group. */
        group?: (group.GroupInfo.$Properties|null);

        /** Registered gseq. */
        gseq: (number|Long);

        /** Registered history. */
        history: string;

        /**
         * Encodes the specified Registered message. Does not implicitly {@link group.Registered.verify|verify} messages.
         * @param message Registered message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.Registered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Registered message, length delimited. Does not implicitly {@link group.Registered.verify|verify} messages.
         * @param message Registered message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.Registered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Registered message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.Registered & group.Registered.$Shape} Registered
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.Registered & group.Registered.$Shape;

        /**
         * Decodes a Registered message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.Registered & group.Registered.$Shape} Registered
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.Registered & group.Registered.$Shape;
    }

    namespace Registered {

        /** Properties of a Registered. */
        interface $Properties {

            /** Registered instance */
            instance?: (string|null);

            /** Registered group */
            group?: (group.GroupInfo.$Properties|null);

            /** Registered gseq */
            gseq?: (number|Long|null);

            /** Registered history */
            history?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Registered. */
        type $Shape = group.Registered.$Properties;
    }

    /**
     * Properties of a GroupReply.
     * @deprecated Use group.GroupReply.$Properties instead.
     */
    interface IGroupReply extends group.GroupReply.$Properties {
    }

    /** Represents a GroupReply. */
    class GroupReply {

        /**
         * Constructs a new GroupReply.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.GroupReply.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupReply registered. */
        registered?: (group.Registered.$Properties|null);

        /** GroupReply sent. */
        sent?: (number|Long|null);

        /** GroupReply ok. */
        ok?: (boolean|null);

        /** GroupReply groups. */
        groups?: (group.GroupsReply.$Properties|null);

        /** GroupReply body. */
        body?: ("registered"|"sent"|"ok"|"groups");

        /**
         * Encodes the specified GroupReply message. Does not implicitly {@link group.GroupReply.verify|verify} messages.
         * @param message GroupReply message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.GroupReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified GroupReply message, length delimited. Does not implicitly {@link group.GroupReply.verify|verify} messages.
         * @param message GroupReply message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.GroupReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupReply message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.GroupReply & group.GroupReply.$Shape} GroupReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.GroupReply & group.GroupReply.$Shape;

        /**
         * Decodes a GroupReply message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.GroupReply & group.GroupReply.$Shape} GroupReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.GroupReply & group.GroupReply.$Shape;
    }

    namespace GroupReply {

        /** Properties of a GroupReply. */
        interface $Properties {

            /** GroupReply registered */
            registered?: (group.Registered.$Properties|null);

            /** GroupReply sent */
            sent?: (number|Long|null);

            /** GroupReply ok */
            ok?: (boolean|null);

            /** GroupReply groups */
            groups?: (group.GroupsReply.$Properties|null);

            /** GroupReply body */
            body?: ("registered"|"sent"|"ok"|"groups");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a GroupReply. */
        type $Shape = {
          registered?: group.Registered.$Shape|null;
          sent?: number|Long|null;
          ok?: boolean|null;
          groups?: group.GroupsReply.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; registered?: null; sent?: null; ok?: null; groups?: null }|{ body?: "registered"; registered: group.Registered.$Shape; sent?: null; ok?: null; groups?: null }|{ body?: "sent"; registered?: null; sent: number|Long; ok?: null; groups?: null }|{ body?: "ok"; registered?: null; sent?: null; ok: boolean; groups?: null }|{ body?: "groups"; registered?: null; sent?: null; ok?: null; groups: group.GroupsReply.$Shape })
        );
    }

    /**
     * Properties of a Delivery.
     * @deprecated Use group.Delivery.$Properties instead.
     */
    interface IDelivery extends group.Delivery.$Properties {
    }

    /** Represents a Delivery. */
    class Delivery {

        /**
         * Constructs a new Delivery.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.Delivery.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Delivery group. */
        group: string;

        /** Delivery gseq. */
        gseq: (number|Long);

        /** Delivery from. */
        from: string;

        /** Delivery seq. */
        seq: (number|Long);

        /** Delivery payload. */
        payload: Uint8Array;

        /**
         * Encodes the specified Delivery message. Does not implicitly {@link group.Delivery.verify|verify} messages.
         * @param message Delivery message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.Delivery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Delivery message, length delimited. Does not implicitly {@link group.Delivery.verify|verify} messages.
         * @param message Delivery message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.Delivery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Delivery message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.Delivery & group.Delivery.$Shape} Delivery
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.Delivery & group.Delivery.$Shape;

        /**
         * Decodes a Delivery message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.Delivery & group.Delivery.$Shape} Delivery
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.Delivery & group.Delivery.$Shape;
    }

    namespace Delivery {

        /** Properties of a Delivery. */
        interface $Properties {

            /** Delivery group */
            group?: (string|null);

            /** Delivery gseq */
            gseq?: (number|Long|null);

            /** Delivery from */
            from?: (string|null);

            /** Delivery seq */
            seq?: (number|Long|null);

            /** Delivery payload */
            payload?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Delivery. */
        type $Shape = group.Delivery.$Properties;
    }

    /**
     * Properties of a GroupView.
     * @deprecated Use group.GroupView.$Properties instead.
     */
    interface IGroupView extends group.GroupView.$Properties {
    }

    /** Represents a GroupView. */
    class GroupView {

        /**
         * Constructs a new GroupView.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.GroupView.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupView group. */
        group: string;

        /** GroupView gseq. */
        gseq: (number|Long);

        /** GroupView members. */
        members: string[];

        /** GroupView joined. */
        joined: string;

        /** GroupView left. */
        left: string;

        /** GroupView leftState. */
        leftState: group.ExitState;

        /**
         * Encodes the specified GroupView message. Does not implicitly {@link group.GroupView.verify|verify} messages.
         * @param message GroupView message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.GroupView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified GroupView message, length delimited. Does not implicitly {@link group.GroupView.verify|verify} messages.
         * @param message GroupView message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.GroupView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupView message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.GroupView & group.GroupView.$Shape} GroupView
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.GroupView & group.GroupView.$Shape;

        /**
         * Decodes a GroupView message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.GroupView & group.GroupView.$Shape} GroupView
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.GroupView & group.GroupView.$Shape;
    }

    namespace GroupView {

        /** Properties of a GroupView. */
        interface $Properties {

            /** GroupView group */
            group?: (string|null);

            /** GroupView gseq */
            gseq?: (number|Long|null);

            /** GroupView members */
            members?: (string[]|null);

            /** GroupView joined */
            joined?: (string|null);

            /** GroupView left */
            left?: (string|null);

            /** GroupView leftState */
            leftState?: (group.ExitState|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GroupView. */
        type $Shape = group.GroupView.$Properties;
    }

    /**
     * Properties of a Ping.
     * @deprecated Use group.Ping.$Properties instead.
     */
    interface IPing extends group.Ping.$Properties {
    }

    /** Represents a Ping. */
    class Ping {

        /**
         * Constructs a new Ping.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.Ping.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Ping instance. */
        instance: string;

        /** Ping nonce. */
        nonce: (number|Long);

        /**
         * Encodes the specified Ping message. Does not implicitly {@link group.Ping.verify|verify} messages.
         * @param message Ping message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Ping message, length delimited. Does not implicitly {@link group.Ping.verify|verify} messages.
         * @param message Ping message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Ping message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.Ping & group.Ping.$Shape} Ping
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.Ping & group.Ping.$Shape;

        /**
         * Decodes a Ping message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.Ping & group.Ping.$Shape} Ping
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.Ping & group.Ping.$Shape;
    }

    namespace Ping {

        /** Properties of a Ping. */
        interface $Properties {

            /** Ping instance */
            instance?: (string|null);

            /** Ping nonce */
            nonce?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Ping. */
        type $Shape = group.Ping.$Properties;
    }

    /**
     * Properties of a GroupEvent.
     * @deprecated Use group.GroupEvent.$Properties instead.
     */
    interface IGroupEvent extends group.GroupEvent.$Properties {
    }

    /** Represents a GroupEvent. */
    class GroupEvent {

        /**
         * Constructs a new GroupEvent.
         * @param [properties] Properties to set
         */
        constructor(properties?: group.GroupEvent.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GroupEvent instance. */
        instance: string;

        /** GroupEvent delivery. */
        delivery?: (group.Delivery.$Properties|null);

        /** GroupEvent view. */
        view?: (group.GroupView.$Properties|null);

        /** GroupEvent ping. */
        ping?: (group.Ping.$Properties|null);

        /** GroupEvent body. */
        body?: ("delivery"|"view"|"ping");

        /**
         * Encodes the specified GroupEvent message. Does not implicitly {@link group.GroupEvent.verify|verify} messages.
         * @param message GroupEvent message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: group.GroupEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified GroupEvent message, length delimited. Does not implicitly {@link group.GroupEvent.verify|verify} messages.
         * @param message GroupEvent message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: group.GroupEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GroupEvent message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {group.GroupEvent & group.GroupEvent.$Shape} GroupEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): group.GroupEvent & group.GroupEvent.$Shape;

        /**
         * Decodes a GroupEvent message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {group.GroupEvent & group.GroupEvent.$Shape} GroupEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): group.GroupEvent & group.GroupEvent.$Shape;
    }

    namespace GroupEvent {

        /** Properties of a GroupEvent. */
        interface $Properties {

            /** GroupEvent instance */
            instance?: (string|null);

            /** GroupEvent delivery */
            delivery?: (group.Delivery.$Properties|null);

            /** GroupEvent view */
            view?: (group.GroupView.$Properties|null);

            /** GroupEvent ping */
            ping?: (group.Ping.$Properties|null);

            /** GroupEvent body */
            body?: ("delivery"|"view"|"ping");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a GroupEvent. */
        type $Shape = {
          instance?: string|null;
          delivery?: group.Delivery.$Shape|null;
          view?: group.GroupView.$Shape|null;
          ping?: group.Ping.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; delivery?: null; view?: null; ping?: null }|{ body?: "delivery"; delivery: group.Delivery.$Shape; view?: null; ping?: null }|{ body?: "view"; delivery?: null; view: group.GroupView.$Shape; ping?: null }|{ body?: "ping"; delivery?: null; view?: null; ping: group.Ping.$Shape })
        );
    }
}
