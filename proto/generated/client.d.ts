import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace client. */
export namespace client {

    /**
     * Properties of a Register.
     * @deprecated Use client.Register.$Properties instead.
     */
    interface IRegister extends client.Register.$Properties {
    }

    /** Represents a Register. */
    class Register {

        /**
         * Constructs a new Register.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.Register.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Register name. */
        name: string;

        /** Register ports. */
        ports: (number|Long);

        /** Register memoryBytes. */
        memoryBytes: (number|Long);

        /** Register monitor. */
        monitor: boolean;

        /**
         * Encodes the specified Register message. Does not implicitly {@link client.Register.verify|verify} messages.
         * @param message Register message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.Register.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Register message, length delimited. Does not implicitly {@link client.Register.verify|verify} messages.
         * @param message Register message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.Register.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Register message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.Register & client.Register.$Shape} Register
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.Register & client.Register.$Shape;

        /**
         * Decodes a Register message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.Register & client.Register.$Shape} Register
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.Register & client.Register.$Shape;
    }

    namespace Register {

        /** Properties of a Register. */
        interface $Properties {

            /** Register name */
            name?: (string|null);

            /** Register ports */
            ports?: (number|Long|null);

            /** Register memoryBytes */
            memoryBytes?: (number|Long|null);

            /** Register monitor */
            monitor?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Register. */
        type $Shape = client.Register.$Properties;
    }

    /**
     * Properties of a Send.
     * @deprecated Use client.Send.$Properties instead.
     */
    interface ISend extends client.Send.$Properties {
    }

    /** Represents a Send. */
    class Send {

        /**
         * Constructs a new Send.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.Send.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Send partner. */
        partner: string;

        /** Send port. */
        port: (number|Long);

        /** Send data. */
        data: Uint8Array;

        /**
         * Encodes the specified Send message. Does not implicitly {@link client.Send.verify|verify} messages.
         * @param message Send message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.Send.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Send message, length delimited. Does not implicitly {@link client.Send.verify|verify} messages.
         * @param message Send message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.Send.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Send message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.Send & client.Send.$Shape} Send
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.Send & client.Send.$Shape;

        /**
         * Decodes a Send message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.Send & client.Send.$Shape} Send
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.Send & client.Send.$Shape;
    }

    namespace Send {

        /** Properties of a Send. */
        interface $Properties {

            /** Send partner */
            partner?: (string|null);

            /** Send port */
            port?: (number|Long|null);

            /** Send data */
            data?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Send. */
        type $Shape = client.Send.$Properties;
    }

    /** RemoteOp enum. */
    enum RemoteOp {

        /** REMOTE_OP_UNSPECIFIED value */
        REMOTE_OP_UNSPECIFIED = 0,

        /** READ value */
        READ = 1,

        /** WRITE value */
        WRITE = 2,

        /** FETCH_ADD value */
        FETCH_ADD = 3,

        /** COMPARE_SWAP value */
        COMPARE_SWAP = 4
    }

    /**
     * Properties of a Remote.
     * @deprecated Use client.Remote.$Properties instead.
     */
    interface IRemote extends client.Remote.$Properties {
    }

    /** Represents a Remote. */
    class Remote {

        /**
         * Constructs a new Remote.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.Remote.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Remote partner. */
        partner: string;

        /** Remote port. */
        port: (number|Long);

        /** Remote op. */
        op: client.RemoteOp;

        /** Remote offset. */
        offset: (number|Long);

        /** Remote length. */
        length: (number|Long);

        /** Remote data. */
        data: Uint8Array;

        /** Remote compareAdd. */
        compareAdd: (number|Long);

        /** Remote swap. */
        swap: (number|Long);

        /**
         * Encodes the specified Remote message. Does not implicitly {@link client.Remote.verify|verify} messages.
         * @param message Remote message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.Remote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Remote message, length delimited. Does not implicitly {@link client.Remote.verify|verify} messages.
         * @param message Remote message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.Remote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Remote message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.Remote & client.Remote.$Shape} Remote
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.Remote & client.Remote.$Shape;

        /**
         * Decodes a Remote message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.Remote & client.Remote.$Shape} Remote
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.Remote & client.Remote.$Shape;
    }

    namespace Remote {

        /** Properties of a Remote. */
        interface $Properties {

            /** Remote partner */
            partner?: (string|null);

            /** Remote port */
            port?: (number|Long|null);

            /** Remote op */
            op?: (client.RemoteOp|null);

            /** Remote offset */
            offset?: (number|Long|null);

            /** Remote length */
            length?: (number|Long|null);

            /** Remote data */
            data?: (Uint8Array|null);

            /** Remote compareAdd */
            compareAdd?: (number|Long|null);

            /** Remote swap */
            swap?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Remote. */
        type $Shape = client.Remote.$Properties;
    }

    /**
     * Properties of a LocalRead.
     * @deprecated Use client.LocalRead.$Properties instead.
     */
    interface ILocalRead extends client.LocalRead.$Properties {
    }

    /** Represents a LocalRead. */
    class LocalRead {

        /**
         * Constructs a new LocalRead.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.LocalRead.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LocalRead offset. */
        offset: (number|Long);

        /** LocalRead length. */
        length: (number|Long);

        /**
         * Encodes the specified LocalRead message. Does not implicitly {@link client.LocalRead.verify|verify} messages.
         * @param message LocalRead message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.LocalRead.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LocalRead message, length delimited. Does not implicitly {@link client.LocalRead.verify|verify} messages.
         * @param message LocalRead message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.LocalRead.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LocalRead message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.LocalRead & client.LocalRead.$Shape} LocalRead
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.LocalRead & client.LocalRead.$Shape;

        /**
         * Decodes a LocalRead message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.LocalRead & client.LocalRead.$Shape} LocalRead
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.LocalRead & client.LocalRead.$Shape;
    }

    namespace LocalRead {

        /** Properties of a LocalRead. */
        interface $Properties {

            /** LocalRead offset */
            offset?: (number|Long|null);

            /** LocalRead length */
            length?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LocalRead. */
        type $Shape = client.LocalRead.$Properties;
    }

    /**
     * Properties of a LocalWrite.
     * @deprecated Use client.LocalWrite.$Properties instead.
     */
    interface ILocalWrite extends client.LocalWrite.$Properties {
    }

    /** Represents a LocalWrite. */
    class LocalWrite {

        /**
         * Constructs a new LocalWrite.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.LocalWrite.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LocalWrite offset. */
        offset: (number|Long);

        /** LocalWrite data. */
        data: Uint8Array;

        /**
         * Encodes the specified LocalWrite message. Does not implicitly {@link client.LocalWrite.verify|verify} messages.
         * @param message LocalWrite message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.LocalWrite.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LocalWrite message, length delimited. Does not implicitly {@link client.LocalWrite.verify|verify} messages.
         * @param message LocalWrite message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.LocalWrite.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LocalWrite message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.LocalWrite & client.LocalWrite.$Shape} LocalWrite
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.LocalWrite & client.LocalWrite.$Shape;

        /**
         * Decodes a LocalWrite message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.LocalWrite & client.LocalWrite.$Shape} LocalWrite
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.LocalWrite & client.LocalWrite.$Shape;
    }

    namespace LocalWrite {

        /** Properties of a LocalWrite. */
        interface $Properties {

            /** LocalWrite offset */
            offset?: (number|Long|null);

            /** LocalWrite data */
            data?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LocalWrite. */
        type $Shape = client.LocalWrite.$Properties;
    }

    /**
     * Properties of a PartnerStatus.
     * @deprecated Use client.PartnerStatus.$Properties instead.
     */
    interface IPartnerStatus extends client.PartnerStatus.$Properties {
    }

    /** Represents a PartnerStatus. */
    class PartnerStatus {

        /**
         * Constructs a new PartnerStatus.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.PartnerStatus.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PartnerStatus partner. */
        partner: string;

        /**
         * Encodes the specified PartnerStatus message. Does not implicitly {@link client.PartnerStatus.verify|verify} messages.
         * @param message PartnerStatus message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.PartnerStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified PartnerStatus message, length delimited. Does not implicitly {@link client.PartnerStatus.verify|verify} messages.
         * @param message PartnerStatus message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.PartnerStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PartnerStatus message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.PartnerStatus & client.PartnerStatus.$Shape} PartnerStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.PartnerStatus & client.PartnerStatus.$Shape;

        /**
         * Decodes a PartnerStatus message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.PartnerStatus & client.PartnerStatus.$Shape} PartnerStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.PartnerStatus & client.PartnerStatus.$Shape;
    }

    namespace PartnerStatus {

        /** Properties of a PartnerStatus. */
        interface $Properties {

            /** PartnerStatus partner */
            partner?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PartnerStatus. */
        type $Shape = client.PartnerStatus.$Properties;
    }

    /**
     * Properties of a ReportPartnerDown.
     * @deprecated Use client.ReportPartnerDown.$Properties instead.
     */
    interface IReportPartnerDown extends client.ReportPartnerDown.$Properties {
    }

    /** Represents a ReportPartnerDown. */
    class ReportPartnerDown {

        /**
         * Constructs a new ReportPartnerDown.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.ReportPartnerDown.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ReportPartnerDown partner. */
        partner: string;

        /** ReportPartnerDown reason. */
        reason: string;

        /**
         * Encodes the specified ReportPartnerDown message. Does not implicitly {@link client.ReportPartnerDown.verify|verify} messages.
         * @param message ReportPartnerDown message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.ReportPartnerDown.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ReportPartnerDown message, length delimited. Does not implicitly {@link client.ReportPartnerDown.verify|verify} messages.
         * @param message ReportPartnerDown message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.ReportPartnerDown.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReportPartnerDown message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.ReportPartnerDown & client.ReportPartnerDown.$Shape} ReportPartnerDown
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.ReportPartnerDown & client.ReportPartnerDown.$Shape;

        /**
         * Decodes a ReportPartnerDown message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.ReportPartnerDown & client.ReportPartnerDown.$Shape} ReportPartnerDown
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.ReportPartnerDown & client.ReportPartnerDown.$Shape;
    }

    namespace ReportPartnerDown {

        /** Properties of a ReportPartnerDown. */
        interface $Properties {

            /** ReportPartnerDown partner */
            partner?: (string|null);

            /** ReportPartnerDown reason */
            reason?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ReportPartnerDown. */
        type $Shape = client.ReportPartnerDown.$Properties;
    }

    /**
     * Properties of a GetStatus.
     * @deprecated Use client.GetStatus.$Properties instead.
     */
    interface IGetStatus extends client.GetStatus.$Properties {
    }

    /** Represents a GetStatus. */
    class GetStatus {

        /**
         * Constructs a new GetStatus.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.GetStatus.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Encodes the specified GetStatus message. Does not implicitly {@link client.GetStatus.verify|verify} messages.
         * @param message GetStatus message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.GetStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified GetStatus message, length delimited. Does not implicitly {@link client.GetStatus.verify|verify} messages.
         * @param message GetStatus message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.GetStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetStatus message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.GetStatus & client.GetStatus.$Shape} GetStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.GetStatus & client.GetStatus.$Shape;

        /**
         * Decodes a GetStatus message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.GetStatus & client.GetStatus.$Shape} GetStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.GetStatus & client.GetStatus.$Shape;
    }

    namespace GetStatus {

        /** Properties of a GetStatus. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GetStatus. */
        type $Shape = client.GetStatus.$Properties;
    }

    /** OsState enum. */
    enum OsState {

        /** OS_STATE_UNSPECIFIED value */
        OS_STATE_UNSPECIFIED = 0,

        /** BOOTING value */
        BOOTING = 1,

        /** UP value */
        UP = 2,

        /** HUNG value */
        HUNG = 3,

        /** PANICKED value */
        PANICKED = 4
    }

    /**
     * Properties of a SetOsState.
     * @deprecated Use client.SetOsState.$Properties instead.
     */
    interface ISetOsState extends client.SetOsState.$Properties {
    }

    /** Represents a SetOsState. */
    class SetOsState {

        /**
         * Constructs a new SetOsState.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.SetOsState.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SetOsState state. */
        state: client.OsState;

        /**
         * Encodes the specified SetOsState message. Does not implicitly {@link client.SetOsState.verify|verify} messages.
         * @param message SetOsState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.SetOsState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SetOsState message, length delimited. Does not implicitly {@link client.SetOsState.verify|verify} messages.
         * @param message SetOsState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.SetOsState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SetOsState message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.SetOsState & client.SetOsState.$Shape} SetOsState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.SetOsState & client.SetOsState.$Shape;

        /**
         * Decodes a SetOsState message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.SetOsState & client.SetOsState.$Shape} SetOsState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.SetOsState & client.SetOsState.$Shape;
    }

    namespace SetOsState {

        /** Properties of a SetOsState. */
        interface $Properties {

            /** SetOsState state */
            state?: (client.OsState|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SetOsState. */
        type $Shape = client.SetOsState.$Properties;
    }

    /**
     * Properties of a Faults.
     * @deprecated Use client.Faults.$Properties instead.
     */
    interface IFaults extends client.Faults.$Properties {
    }

    /** Represents a Faults. */
    class Faults {

        /**
         * Constructs a new Faults.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.Faults.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Faults delayMs. */
        delayMs: number;

        /** Faults jitterMs. */
        jitterMs: number;

        /** Faults lossRate. */
        lossRate: number;

        /** Faults duplicateRate. */
        duplicateRate: number;

        /** Faults partitioned. */
        partitioned: boolean;

        /**
         * Encodes the specified Faults message. Does not implicitly {@link client.Faults.verify|verify} messages.
         * @param message Faults message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.Faults.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Faults message, length delimited. Does not implicitly {@link client.Faults.verify|verify} messages.
         * @param message Faults message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.Faults.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Faults message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.Faults & client.Faults.$Shape} Faults
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.Faults & client.Faults.$Shape;

        /**
         * Decodes a Faults message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.Faults & client.Faults.$Shape} Faults
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.Faults & client.Faults.$Shape;
    }

    namespace Faults {

        /** Properties of a Faults. */
        interface $Properties {

            /** Faults delayMs */
            delayMs?: (number|null);

            /** Faults jitterMs */
            jitterMs?: (number|null);

            /** Faults lossRate */
            lossRate?: (number|null);

            /** Faults duplicateRate */
            duplicateRate?: (number|null);

            /** Faults partitioned */
            partitioned?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Faults. */
        type $Shape = client.Faults.$Properties;
    }

    /** FaultDirection enum. */
    enum FaultDirection {

        /** BOTH value */
        BOTH = 0,

        /** OUTBOUND value */
        OUTBOUND = 1,

        /** INBOUND value */
        INBOUND = 2
    }

    /**
     * Properties of a SetFaults.
     * @deprecated Use client.SetFaults.$Properties instead.
     */
    interface ISetFaults extends client.SetFaults.$Properties {
    }

    /** Represents a SetFaults. */
    class SetFaults {

        /**
         * Constructs a new SetFaults.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.SetFaults.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SetFaults partner. */
        partner: string;

        /** SetFaults faults. */
        faults?: (client.Faults.$Properties|null);

        /** SetFaults direction. */
        direction: client.FaultDirection;

        /** SetFaults fabric. */
        fabric: (number|Long);

        /**
         * Encodes the specified SetFaults message. Does not implicitly {@link client.SetFaults.verify|verify} messages.
         * @param message SetFaults message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.SetFaults.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SetFaults message, length delimited. Does not implicitly {@link client.SetFaults.verify|verify} messages.
         * @param message SetFaults message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.SetFaults.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SetFaults message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.SetFaults & client.SetFaults.$Shape} SetFaults
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.SetFaults & client.SetFaults.$Shape;

        /**
         * Decodes a SetFaults message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.SetFaults & client.SetFaults.$Shape} SetFaults
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.SetFaults & client.SetFaults.$Shape;
    }

    namespace SetFaults {

        /** Properties of a SetFaults. */
        interface $Properties {

            /** SetFaults partner */
            partner?: (string|null);

            /** SetFaults faults */
            faults?: (client.Faults.$Properties|null);

            /** SetFaults direction */
            direction?: (client.FaultDirection|null);

            /** SetFaults fabric */
            fabric?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SetFaults. */
        type $Shape = client.SetFaults.$Properties;
    }

    /**
     * Properties of a ServiceCall.
     * @deprecated Use client.ServiceCall.$Properties instead.
     */
    interface IServiceCall extends client.ServiceCall.$Properties {
    }

    /** Represents a ServiceCall. */
    class ServiceCall {

        /**
         * Constructs a new ServiceCall.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.ServiceCall.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ServiceCall service. */
        service: string;

        /** ServiceCall payload. */
        payload: Uint8Array;

        /**
         * Encodes the specified ServiceCall message. Does not implicitly {@link client.ServiceCall.verify|verify} messages.
         * @param message ServiceCall message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.ServiceCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ServiceCall message, length delimited. Does not implicitly {@link client.ServiceCall.verify|verify} messages.
         * @param message ServiceCall message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.ServiceCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ServiceCall message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.ServiceCall & client.ServiceCall.$Shape} ServiceCall
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.ServiceCall & client.ServiceCall.$Shape;

        /**
         * Decodes a ServiceCall message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.ServiceCall & client.ServiceCall.$Shape} ServiceCall
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.ServiceCall & client.ServiceCall.$Shape;
    }

    namespace ServiceCall {

        /** Properties of a ServiceCall. */
        interface $Properties {

            /** ServiceCall service */
            service?: (string|null);

            /** ServiceCall payload */
            payload?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ServiceCall. */
        type $Shape = client.ServiceCall.$Properties;
    }

    /**
     * Properties of a Request.
     * @deprecated Use client.Request.$Properties instead.
     */
    interface IRequest extends client.Request.$Properties {
    }

    /** Represents a Request. */
    class Request {

        /**
         * Constructs a new Request.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.Request.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Request id. */
        id: (number|Long);

        /** Request register. */
        register?: (client.Register.$Properties|null);

        /** Request send. */
        send?: (client.Send.$Properties|null);

        /** Request remote. */
        remote?: (client.Remote.$Properties|null);

        /** Request localRead. */
        localRead?: (client.LocalRead.$Properties|null);

        /** Request localWrite. */
        localWrite?: (client.LocalWrite.$Properties|null);

        /** Request partnerStatus. */
        partnerStatus?: (client.PartnerStatus.$Properties|null);

        /** Request reportPartnerDown. */
        reportPartnerDown?: (client.ReportPartnerDown.$Properties|null);

        /** Request getStatus. */
        getStatus?: (client.GetStatus.$Properties|null);

        /** Request setOsState. */
        setOsState?: (client.SetOsState.$Properties|null);

        /** Request setFaults. */
        setFaults?: (client.SetFaults.$Properties|null);

        /** Request serviceCall. */
        serviceCall?: (client.ServiceCall.$Properties|null);

        /** Request body. */
        body?: ("register"|"send"|"remote"|"localRead"|"localWrite"|"partnerStatus"|"reportPartnerDown"|"getStatus"|"setOsState"|"setFaults"|"serviceCall");

        /**
         * Encodes the specified Request message. Does not implicitly {@link client.Request.verify|verify} messages.
         * @param message Request message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Request message, length delimited. Does not implicitly {@link client.Request.verify|verify} messages.
         * @param message Request message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Request message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.Request & client.Request.$Shape} Request
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.Request & client.Request.$Shape;

        /**
         * Decodes a Request message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.Request & client.Request.$Shape} Request
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.Request & client.Request.$Shape;
    }

    namespace Request {

        /** Properties of a Request. */
        interface $Properties {

            /** Request id */
            id?: (number|Long|null);

            /** Request register */
            register?: (client.Register.$Properties|null);

            /** Request send */
            send?: (client.Send.$Properties|null);

            /** Request remote */
            remote?: (client.Remote.$Properties|null);

            /** Request localRead */
            localRead?: (client.LocalRead.$Properties|null);

            /** Request localWrite */
            localWrite?: (client.LocalWrite.$Properties|null);

            /** Request partnerStatus */
            partnerStatus?: (client.PartnerStatus.$Properties|null);

            /** Request reportPartnerDown */
            reportPartnerDown?: (client.ReportPartnerDown.$Properties|null);

            /** Request getStatus */
            getStatus?: (client.GetStatus.$Properties|null);

            /** Request setOsState */
            setOsState?: (client.SetOsState.$Properties|null);

            /** Request setFaults */
            setFaults?: (client.SetFaults.$Properties|null);

            /** Request serviceCall */
            serviceCall?: (client.ServiceCall.$Properties|null);

            /** Request body */
            body?: ("register"|"send"|"remote"|"localRead"|"localWrite"|"partnerStatus"|"reportPartnerDown"|"getStatus"|"setOsState"|"setFaults"|"serviceCall");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a Request. */
        type $Shape = {
          id?: number|Long|null;
          register?: client.Register.$Shape|null;
          send?: client.Send.$Shape|null;
          remote?: client.Remote.$Shape|null;
          localRead?: client.LocalRead.$Shape|null;
          localWrite?: client.LocalWrite.$Shape|null;
          partnerStatus?: client.PartnerStatus.$Shape|null;
          reportPartnerDown?: client.ReportPartnerDown.$Shape|null;
          getStatus?: client.GetStatus.$Shape|null;
          setOsState?: client.SetOsState.$Shape|null;
          setFaults?: client.SetFaults.$Shape|null;
          serviceCall?: client.ServiceCall.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; register?: null; send?: null; remote?: null; localRead?: null; localWrite?: null; partnerStatus?: null; reportPartnerDown?: null; getStatus?: null; setOsState?: null; setFaults?: null; serviceCall?: null }|{ body?: "register"; register: client.Register.$Shape; send?: null; remote?: null; localRead?: null; localWrite?: null; partnerStatus?: null; reportPartnerDown?: null; getStatus?: null; setOsState?: null; setFaults?: null; serviceCall?: null }|{ body?: "send"; register?: null; send: client.Send.$Shape; remote?: null; localRead?: null; localWrite?: null; partnerStatus?: null; reportPartnerDown?: null; getStatus?: null; setOsState?: null; setFaults?: null; serviceCall?: null }|{ body?: "remote"; register?: null; send?: null; remote: client.Remote.$Shape; localRead?: null; localWrite?: null; partnerStatus?: null; reportPartnerDown?: null; getStatus?: null; setOsState?: null; setFaults?: null; serviceCall?: null }|{ body?: "localRead"; register?: null; send?: null; remote?: null; localRead: client.LocalRead.$Shape; localWrite?: null; partnerStatus?: null; reportPartnerDown?: null; getStatus?: null; setOsState?: null; setFaults?: null; serviceCall?: null }|{ body?: "localWrite"; register?: null; send?: null; remote?: null; localRead?: null; localWrite: client.LocalWrite.$Shape; partnerStatus?: null; reportPartnerDown?: null; getStatus?: null; setOsState?: null; setFaults?: null; serviceCall?: null }|{ body?: "partnerStatus"; register?: null; send?: null; remote?: null; localRead?: null; localWrite?: null; partnerStatus: client.PartnerStatus.$Shape; reportPartnerDown?: null; getStatus?: null; setOsState?: null; setFaults?: null; serviceCall?: null }|{ body?: "reportPartnerDown"; register?: null; send?: null; remote?: null; localRead?: null; localWrite?: null; partnerStatus?: null; reportPartnerDown: client.ReportPartnerDown.$Shape; getStatus?: null; setOsState?: null; setFaults?: null; serviceCall?: null }|{ body?: "getStatus"; register?: null; send?: null; remote?: null; localRead?: null; localWrite?: null; partnerStatus?: null; reportPartnerDown?: null; getStatus: client.GetStatus.$Shape; setOsState?: null; setFaults?: null; serviceCall?: null }|{ body?: "setOsState"; register?: null; send?: null; remote?: null; localRead?: null; localWrite?: null; partnerStatus?: null; reportPartnerDown?: null; getStatus?: null; setOsState: client.SetOsState.$Shape; setFaults?: null; serviceCall?: null }|{ body?: "setFaults"; register?: null; send?: null; remote?: null; localRead?: null; localWrite?: null; partnerStatus?: null; reportPartnerDown?: null; getStatus?: null; setOsState?: null; setFaults: client.SetFaults.$Shape; serviceCall?: null }|{ body?: "serviceCall"; register?: null; send?: null; remote?: null; localRead?: null; localWrite?: null; partnerStatus?: null; reportPartnerDown?: null; getStatus?: null; setOsState?: null; setFaults?: null; serviceCall: client.ServiceCall.$Shape })
        );
    }

    /**
     * Properties of an Error.
     * @deprecated Use client.Error.$Properties instead.
     */
    interface IError extends client.Error.$Properties {
    }

    /** Represents an Error. */
    class Error {

        /**
         * Constructs a new Error.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.Error.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Error code. */
        code: string;

        /** Error message. */
        message: string;

        /** Error completionStatus. */
        completionStatus: number;

        /**
         * Encodes the specified Error message. Does not implicitly {@link client.Error.verify|verify} messages.
         * @param message Error message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Error message, length delimited. Does not implicitly {@link client.Error.verify|verify} messages.
         * @param message Error message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Error message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.Error & client.Error.$Shape} Error
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.Error & client.Error.$Shape;

        /**
         * Decodes an Error message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.Error & client.Error.$Shape} Error
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.Error & client.Error.$Shape;
    }

    namespace Error {

        /** Properties of an Error. */
        interface $Properties {

            /** Error code */
            code?: (string|null);

            /** Error message */
            message?: (string|null);

            /** Error completionStatus */
            completionStatus?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Error. */
        type $Shape = client.Error.$Properties;
    }

    /**
     * Properties of a Registered.
     * @deprecated Use client.Registered.$Properties instead.
     */
    interface IRegistered extends client.Registered.$Properties {
    }

    /** Represents a Registered. */
    class Registered {

        /**
         * Constructs a new Registered.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.Registered.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Registered node. */
        node: string;

        /** Registered ports. */
        ports: number;

        /** Registered memoryBytes. */
        memoryBytes: number;

        /**
         * Encodes the specified Registered message. Does not implicitly {@link client.Registered.verify|verify} messages.
         * @param message Registered message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.Registered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Registered message, length delimited. Does not implicitly {@link client.Registered.verify|verify} messages.
         * @param message Registered message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.Registered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Registered message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.Registered & client.Registered.$Shape} Registered
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.Registered & client.Registered.$Shape;

        /**
         * Decodes a Registered message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.Registered & client.Registered.$Shape} Registered
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.Registered & client.Registered.$Shape;
    }

    namespace Registered {

        /** Properties of a Registered. */
        interface $Properties {

            /** Registered node */
            node?: (string|null);

            /** Registered ports */
            ports?: (number|null);

            /** Registered memoryBytes */
            memoryBytes?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Registered. */
        type $Shape = client.Registered.$Properties;
    }

    /**
     * Properties of a Reply.
     * @deprecated Use client.Reply.$Properties instead.
     */
    interface IReply extends client.Reply.$Properties {
    }

    /** Represents a Reply. */
    class Reply {

        /**
         * Constructs a new Reply.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.Reply.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Reply id. */
        id: number;

        /** Reply error. */
        error?: (client.Error.$Properties|null);

        /** Reply registered. */
        registered?: (client.Registered.$Properties|null);

        /** Reply data. */
        data?: (Uint8Array|null);

        /** Reply value. */
        value?: (number|Long|null);

        /** Reply status. */
        status?: (client.NodeStatus.$Properties|null);

        /** Reply ok. */
        ok?: (boolean|null);

        /** Reply result. */
        result?: ("error"|"registered"|"data"|"value"|"status"|"ok");

        /**
         * Encodes the specified Reply message. Does not implicitly {@link client.Reply.verify|verify} messages.
         * @param message Reply message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.Reply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Reply message, length delimited. Does not implicitly {@link client.Reply.verify|verify} messages.
         * @param message Reply message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.Reply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Reply message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.Reply & client.Reply.$Shape} Reply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.Reply & client.Reply.$Shape;

        /**
         * Decodes a Reply message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.Reply & client.Reply.$Shape} Reply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.Reply & client.Reply.$Shape;
    }

    namespace Reply {

        /** Properties of a Reply. */
        interface $Properties {

            /** Reply id */
            id?: (number|null);

            /** Reply error */
            error?: (client.Error.$Properties|null);

            /** Reply registered */
            registered?: (client.Registered.$Properties|null);

            /** Reply data */
            data?: (Uint8Array|null);

            /** Reply value */
            value?: (number|Long|null);

            /** Reply status */
            status?: (client.NodeStatus.$Properties|null);

            /** Reply ok */
            ok?: (boolean|null);

            /** Reply result */
            result?: ("error"|"registered"|"data"|"value"|"status"|"ok");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a Reply. */
        type $Shape = {
          id?: number|null;
          error?: client.Error.$Shape|null;
          registered?: client.Registered.$Shape|null;
          data?: Uint8Array|null;
          value?: number|Long|null;
          status?: client.NodeStatus.$Shape|null;
          ok?: boolean|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ result?: undefined; error?: null; registered?: null; data?: null; value?: null; status?: null; ok?: null }|{ result?: "error"; error: client.Error.$Shape; registered?: null; data?: null; value?: null; status?: null; ok?: null }|{ result?: "registered"; error?: null; registered: client.Registered.$Shape; data?: null; value?: null; status?: null; ok?: null }|{ result?: "data"; error?: null; registered?: null; data: Uint8Array; value?: null; status?: null; ok?: null }|{ result?: "value"; error?: null; registered?: null; data?: null; value: number|Long; status?: null; ok?: null }|{ result?: "status"; error?: null; registered?: null; data?: null; value?: null; status: client.NodeStatus.$Shape; ok?: null }|{ result?: "ok"; error?: null; registered?: null; data?: null; value?: null; status?: null; ok: boolean })
        );
    }

    /**
     * Properties of a PartnerReady.
     * @deprecated Use client.PartnerReady.$Properties instead.
     */
    interface IPartnerReady extends client.PartnerReady.$Properties {
    }

    /** Represents a PartnerReady. */
    class PartnerReady {

        /**
         * Constructs a new PartnerReady.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.PartnerReady.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PartnerReady partner. */
        partner: string;

        /** PartnerReady version. */
        version: number;

        /** PartnerReady sessionId. */
        sessionId: (number|Long);

        /**
         * Encodes the specified PartnerReady message. Does not implicitly {@link client.PartnerReady.verify|verify} messages.
         * @param message PartnerReady message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.PartnerReady.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified PartnerReady message, length delimited. Does not implicitly {@link client.PartnerReady.verify|verify} messages.
         * @param message PartnerReady message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.PartnerReady.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PartnerReady message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.PartnerReady & client.PartnerReady.$Shape} PartnerReady
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.PartnerReady & client.PartnerReady.$Shape;

        /**
         * Decodes a PartnerReady message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.PartnerReady & client.PartnerReady.$Shape} PartnerReady
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.PartnerReady & client.PartnerReady.$Shape;
    }

    namespace PartnerReady {

        /** Properties of a PartnerReady. */
        interface $Properties {

            /** PartnerReady partner */
            partner?: (string|null);

            /** PartnerReady version */
            version?: (number|null);

            /** PartnerReady sessionId */
            sessionId?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PartnerReady. */
        type $Shape = client.PartnerReady.$Properties;
    }

    /**
     * Properties of a PartnerDown.
     * @deprecated Use client.PartnerDown.$Properties instead.
     */
    interface IPartnerDown extends client.PartnerDown.$Properties {
    }

    /** Represents a PartnerDown. */
    class PartnerDown {

        /**
         * Constructs a new PartnerDown.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.PartnerDown.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PartnerDown partner. */
        partner: string;

        /** PartnerDown reason. */
        reason: string;

        /**
         * Encodes the specified PartnerDown message. Does not implicitly {@link client.PartnerDown.verify|verify} messages.
         * @param message PartnerDown message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.PartnerDown.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified PartnerDown message, length delimited. Does not implicitly {@link client.PartnerDown.verify|verify} messages.
         * @param message PartnerDown message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.PartnerDown.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PartnerDown message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.PartnerDown & client.PartnerDown.$Shape} PartnerDown
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.PartnerDown & client.PartnerDown.$Shape;

        /**
         * Decodes a PartnerDown message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.PartnerDown & client.PartnerDown.$Shape} PartnerDown
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.PartnerDown & client.PartnerDown.$Shape;
    }

    namespace PartnerDown {

        /** Properties of a PartnerDown. */
        interface $Properties {

            /** PartnerDown partner */
            partner?: (string|null);

            /** PartnerDown reason */
            reason?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PartnerDown. */
        type $Shape = client.PartnerDown.$Properties;
    }

    /**
     * Properties of a ChannelUp.
     * @deprecated Use client.ChannelUp.$Properties instead.
     */
    interface IChannelUp extends client.ChannelUp.$Properties {
    }

    /** Represents a ChannelUp. */
    class ChannelUp {

        /**
         * Constructs a new ChannelUp.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.ChannelUp.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ChannelUp partner. */
        partner: string;

        /** ChannelUp ports. */
        ports: number;

        /** ChannelUp remoteMemoryBytes. */
        remoteMemoryBytes: number;

        /**
         * Encodes the specified ChannelUp message. Does not implicitly {@link client.ChannelUp.verify|verify} messages.
         * @param message ChannelUp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.ChannelUp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ChannelUp message, length delimited. Does not implicitly {@link client.ChannelUp.verify|verify} messages.
         * @param message ChannelUp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.ChannelUp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ChannelUp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.ChannelUp & client.ChannelUp.$Shape} ChannelUp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.ChannelUp & client.ChannelUp.$Shape;

        /**
         * Decodes a ChannelUp message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.ChannelUp & client.ChannelUp.$Shape} ChannelUp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.ChannelUp & client.ChannelUp.$Shape;
    }

    namespace ChannelUp {

        /** Properties of a ChannelUp. */
        interface $Properties {

            /** ChannelUp partner */
            partner?: (string|null);

            /** ChannelUp ports */
            ports?: (number|null);

            /** ChannelUp remoteMemoryBytes */
            remoteMemoryBytes?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ChannelUp. */
        type $Shape = client.ChannelUp.$Properties;
    }

    /**
     * Properties of a ChannelDown.
     * @deprecated Use client.ChannelDown.$Properties instead.
     */
    interface IChannelDown extends client.ChannelDown.$Properties {
    }

    /** Represents a ChannelDown. */
    class ChannelDown {

        /**
         * Constructs a new ChannelDown.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.ChannelDown.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ChannelDown partner. */
        partner: string;

        /** ChannelDown reason. */
        reason: string;

        /**
         * Encodes the specified ChannelDown message. Does not implicitly {@link client.ChannelDown.verify|verify} messages.
         * @param message ChannelDown message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.ChannelDown.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ChannelDown message, length delimited. Does not implicitly {@link client.ChannelDown.verify|verify} messages.
         * @param message ChannelDown message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.ChannelDown.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ChannelDown message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.ChannelDown & client.ChannelDown.$Shape} ChannelDown
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.ChannelDown & client.ChannelDown.$Shape;

        /**
         * Decodes a ChannelDown message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.ChannelDown & client.ChannelDown.$Shape} ChannelDown
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.ChannelDown & client.ChannelDown.$Shape;
    }

    namespace ChannelDown {

        /** Properties of a ChannelDown. */
        interface $Properties {

            /** ChannelDown partner */
            partner?: (string|null);

            /** ChannelDown reason */
            reason?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ChannelDown. */
        type $Shape = client.ChannelDown.$Properties;
    }

    /**
     * Properties of a Message.
     * @deprecated Use client.Message.$Properties instead.
     */
    interface IMessage extends client.Message.$Properties {
    }

    /** Represents a Message. */
    class Message {

        /**
         * Constructs a new Message.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.Message.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Message partner. */
        partner: string;

        /** Message port. */
        port: number;

        /** Message data. */
        data: Uint8Array;

        /**
         * Encodes the specified Message message. Does not implicitly {@link client.Message.verify|verify} messages.
         * @param message Message message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Message message, length delimited. Does not implicitly {@link client.Message.verify|verify} messages.
         * @param message Message message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Message message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.Message & client.Message.$Shape} Message
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.Message & client.Message.$Shape;

        /**
         * Decodes a Message message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.Message & client.Message.$Shape} Message
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.Message & client.Message.$Shape;
    }

    namespace Message {

        /** Properties of a Message. */
        interface $Properties {

            /** Message partner */
            partner?: (string|null);

            /** Message port */
            port?: (number|null);

            /** Message data */
            data?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Message. */
        type $Shape = client.Message.$Properties;
    }

    /**
     * Properties of a ServiceEvent.
     * @deprecated Use client.ServiceEvent.$Properties instead.
     */
    interface IServiceEvent extends client.ServiceEvent.$Properties {
    }

    /** Represents a ServiceEvent. */
    class ServiceEvent {

        /**
         * Constructs a new ServiceEvent.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.ServiceEvent.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ServiceEvent service. */
        service: string;

        /** ServiceEvent payload. */
        payload: Uint8Array;

        /**
         * Encodes the specified ServiceEvent message. Does not implicitly {@link client.ServiceEvent.verify|verify} messages.
         * @param message ServiceEvent message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.ServiceEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ServiceEvent message, length delimited. Does not implicitly {@link client.ServiceEvent.verify|verify} messages.
         * @param message ServiceEvent message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.ServiceEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ServiceEvent message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.ServiceEvent & client.ServiceEvent.$Shape} ServiceEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.ServiceEvent & client.ServiceEvent.$Shape;

        /**
         * Decodes a ServiceEvent message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.ServiceEvent & client.ServiceEvent.$Shape} ServiceEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.ServiceEvent & client.ServiceEvent.$Shape;
    }

    namespace ServiceEvent {

        /** Properties of a ServiceEvent. */
        interface $Properties {

            /** ServiceEvent service */
            service?: (string|null);

            /** ServiceEvent payload */
            payload?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ServiceEvent. */
        type $Shape = client.ServiceEvent.$Properties;
    }

    /**
     * Properties of an Event.
     * @deprecated Use client.Event.$Properties instead.
     */
    interface IEvent extends client.Event.$Properties {
    }

    /** Represents an Event. */
    class Event {

        /**
         * Constructs a new Event.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.Event.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Event partnerReady. */
        partnerReady?: (client.PartnerReady.$Properties|null);

        /** Event partnerDown. */
        partnerDown?: (client.PartnerDown.$Properties|null);

        /** Event channelUp. */
        channelUp?: (client.ChannelUp.$Properties|null);

        /** Event channelDown. */
        channelDown?: (client.ChannelDown.$Properties|null);

        /** Event message. */
        message?: (client.Message.$Properties|null);

        /** Event serviceEvent. */
        serviceEvent?: (client.ServiceEvent.$Properties|null);

        /** Event body. */
        body?: ("partnerReady"|"partnerDown"|"channelUp"|"channelDown"|"message"|"serviceEvent");

        /**
         * Encodes the specified Event message. Does not implicitly {@link client.Event.verify|verify} messages.
         * @param message Event message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Event message, length delimited. Does not implicitly {@link client.Event.verify|verify} messages.
         * @param message Event message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Event message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.Event & client.Event.$Shape} Event
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.Event & client.Event.$Shape;

        /**
         * Decodes an Event message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.Event & client.Event.$Shape} Event
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.Event & client.Event.$Shape;
    }

    namespace Event {

        /** Properties of an Event. */
        interface $Properties {

            /** Event partnerReady */
            partnerReady?: (client.PartnerReady.$Properties|null);

            /** Event partnerDown */
            partnerDown?: (client.PartnerDown.$Properties|null);

            /** Event channelUp */
            channelUp?: (client.ChannelUp.$Properties|null);

            /** Event channelDown */
            channelDown?: (client.ChannelDown.$Properties|null);

            /** Event message */
            message?: (client.Message.$Properties|null);

            /** Event serviceEvent */
            serviceEvent?: (client.ServiceEvent.$Properties|null);

            /** Event body */
            body?: ("partnerReady"|"partnerDown"|"channelUp"|"channelDown"|"message"|"serviceEvent");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of an Event. */
        type $Shape = {
          partnerReady?: client.PartnerReady.$Shape|null;
          partnerDown?: client.PartnerDown.$Shape|null;
          channelUp?: client.ChannelUp.$Shape|null;
          channelDown?: client.ChannelDown.$Shape|null;
          message?: client.Message.$Shape|null;
          serviceEvent?: client.ServiceEvent.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; partnerReady?: null; partnerDown?: null; channelUp?: null; channelDown?: null; message?: null; serviceEvent?: null }|{ body?: "partnerReady"; partnerReady: client.PartnerReady.$Shape; partnerDown?: null; channelUp?: null; channelDown?: null; message?: null; serviceEvent?: null }|{ body?: "partnerDown"; partnerReady?: null; partnerDown: client.PartnerDown.$Shape; channelUp?: null; channelDown?: null; message?: null; serviceEvent?: null }|{ body?: "channelUp"; partnerReady?: null; partnerDown?: null; channelUp: client.ChannelUp.$Shape; channelDown?: null; message?: null; serviceEvent?: null }|{ body?: "channelDown"; partnerReady?: null; partnerDown?: null; channelUp?: null; channelDown: client.ChannelDown.$Shape; message?: null; serviceEvent?: null }|{ body?: "message"; partnerReady?: null; partnerDown?: null; channelUp?: null; channelDown?: null; message: client.Message.$Shape; serviceEvent?: null }|{ body?: "serviceEvent"; partnerReady?: null; partnerDown?: null; channelUp?: null; channelDown?: null; message?: null; serviceEvent: client.ServiceEvent.$Shape })
        );
    }

    /**
     * Properties of a ServerMessage.
     * @deprecated Use client.ServerMessage.$Properties instead.
     */
    interface IServerMessage extends client.ServerMessage.$Properties {
    }

    /** Represents a ServerMessage. */
    class ServerMessage {

        /**
         * Constructs a new ServerMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.ServerMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ServerMessage reply. */
        reply?: (client.Reply.$Properties|null);

        /** ServerMessage event. */
        event?: (client.Event.$Properties|null);

        /** ServerMessage body. */
        body?: ("reply"|"event");

        /**
         * Encodes the specified ServerMessage message. Does not implicitly {@link client.ServerMessage.verify|verify} messages.
         * @param message ServerMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.ServerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ServerMessage message, length delimited. Does not implicitly {@link client.ServerMessage.verify|verify} messages.
         * @param message ServerMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.ServerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ServerMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.ServerMessage & client.ServerMessage.$Shape} ServerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.ServerMessage & client.ServerMessage.$Shape;

        /**
         * Decodes a ServerMessage message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.ServerMessage & client.ServerMessage.$Shape} ServerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.ServerMessage & client.ServerMessage.$Shape;
    }

    namespace ServerMessage {

        /** Properties of a ServerMessage. */
        interface $Properties {

            /** ServerMessage reply */
            reply?: (client.Reply.$Properties|null);

            /** ServerMessage event */
            event?: (client.Event.$Properties|null);

            /** ServerMessage body */
            body?: ("reply"|"event");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a ServerMessage. */
        type $Shape = {
          reply?: client.Reply.$Shape|null;
          event?: client.Event.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; reply?: null; event?: null }|{ body?: "reply"; reply: client.Reply.$Shape; event?: null }|{ body?: "event"; reply?: null; event: client.Event.$Shape })
        );
    }

    /**
     * Properties of a NodeStatus.
     * @deprecated Use client.NodeStatus.$Properties instead.
     */
    interface INodeStatus extends client.NodeStatus.$Properties {
    }

    /** Represents a NodeStatus. */
    class NodeStatus {

        /**
         * Constructs a new NodeStatus.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.NodeStatus.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** NodeStatus node. */
        node: string;

        /** NodeStatus index. */
        index: number;

        /** NodeStatus bootIncarnation. */
        bootIncarnation: number;

        /** NodeStatus phase. */
        phase: string;

        /** NodeStatus osState. */
        osState: client.OsState;

        /** NodeStatus partners. */
        partners: client.PartnerView.$Properties[];

        /** NodeStatus clients. */
        clients: client.ClientView.$Properties[];

        /** NodeStatus connections. */
        connections: number;

        /**
         * Encodes the specified NodeStatus message. Does not implicitly {@link client.NodeStatus.verify|verify} messages.
         * @param message NodeStatus message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.NodeStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified NodeStatus message, length delimited. Does not implicitly {@link client.NodeStatus.verify|verify} messages.
         * @param message NodeStatus message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.NodeStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a NodeStatus message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.NodeStatus & client.NodeStatus.$Shape} NodeStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.NodeStatus & client.NodeStatus.$Shape;

        /**
         * Decodes a NodeStatus message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.NodeStatus & client.NodeStatus.$Shape} NodeStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.NodeStatus & client.NodeStatus.$Shape;
    }

    namespace NodeStatus {

        /** Properties of a NodeStatus. */
        interface $Properties {

            /** NodeStatus node */
            node?: (string|null);

            /** NodeStatus index */
            index?: (number|null);

            /** NodeStatus bootIncarnation */
            bootIncarnation?: (number|null);

            /** NodeStatus phase */
            phase?: (string|null);

            /** NodeStatus osState */
            osState?: (client.OsState|null);

            /** NodeStatus partners */
            partners?: (client.PartnerView.$Properties[]|null);

            /** NodeStatus clients */
            clients?: (client.ClientView.$Properties[]|null);

            /** NodeStatus connections */
            connections?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a NodeStatus. */
        type $Shape = client.NodeStatus.$Properties;
    }

    /**
     * Properties of a PartnerView.
     * @deprecated Use client.PartnerView.$Properties instead.
     */
    interface IPartnerView extends client.PartnerView.$Properties {
    }

    /** Represents a PartnerView. */
    class PartnerView {

        /**
         * Constructs a new PartnerView.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.PartnerView.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PartnerView node. */
        node: string;

        /** PartnerView state. */
        state: string;

        /** PartnerView step. */
        step: string;

        /** PartnerView sessionId. */
        sessionId: (number|Long);

        /** PartnerView version. */
        version: number;

        /** PartnerView partnerBoot. */
        partnerBoot: number;

        /** PartnerView detail. */
        detail: string;

        /** PartnerView clients. */
        clients: client.ClientView.$Properties[];

        /** PartnerView fabric. */
        fabric: number;

        /**
         * Encodes the specified PartnerView message. Does not implicitly {@link client.PartnerView.verify|verify} messages.
         * @param message PartnerView message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.PartnerView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified PartnerView message, length delimited. Does not implicitly {@link client.PartnerView.verify|verify} messages.
         * @param message PartnerView message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.PartnerView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PartnerView message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.PartnerView & client.PartnerView.$Shape} PartnerView
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.PartnerView & client.PartnerView.$Shape;

        /**
         * Decodes a PartnerView message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.PartnerView & client.PartnerView.$Shape} PartnerView
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.PartnerView & client.PartnerView.$Shape;
    }

    namespace PartnerView {

        /** Properties of a PartnerView. */
        interface $Properties {

            /** PartnerView node */
            node?: (string|null);

            /** PartnerView state */
            state?: (string|null);

            /** PartnerView step */
            step?: (string|null);

            /** PartnerView sessionId */
            sessionId?: (number|Long|null);

            /** PartnerView version */
            version?: (number|null);

            /** PartnerView partnerBoot */
            partnerBoot?: (number|null);

            /** PartnerView detail */
            detail?: (string|null);

            /** PartnerView clients */
            clients?: (client.ClientView.$Properties[]|null);

            /** PartnerView fabric */
            fabric?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PartnerView. */
        type $Shape = client.PartnerView.$Properties;
    }

    /**
     * Properties of a ClientView.
     * @deprecated Use client.ClientView.$Properties instead.
     */
    interface IClientView extends client.ClientView.$Properties {
    }

    /** Represents a ClientView. */
    class ClientView {

        /**
         * Constructs a new ClientView.
         * @param [properties] Properties to set
         */
        constructor(properties?: client.ClientView.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ClientView name. */
        name: string;

        /** ClientView ports. */
        ports: number;

        /** ClientView memoryBytes. */
        memoryBytes: number;

        /** ClientView vis. */
        vis: number[];

        /** ClientView channelsUp. */
        channelsUp: string[];

        /**
         * Encodes the specified ClientView message. Does not implicitly {@link client.ClientView.verify|verify} messages.
         * @param message ClientView message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: client.ClientView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ClientView message, length delimited. Does not implicitly {@link client.ClientView.verify|verify} messages.
         * @param message ClientView message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: client.ClientView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ClientView message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {client.ClientView & client.ClientView.$Shape} ClientView
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): client.ClientView & client.ClientView.$Shape;

        /**
         * Decodes a ClientView message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {client.ClientView & client.ClientView.$Shape} ClientView
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): client.ClientView & client.ClientView.$Shape;
    }

    namespace ClientView {

        /** Properties of a ClientView. */
        interface $Properties {

            /** ClientView name */
            name?: (string|null);

            /** ClientView ports */
            ports?: (number|null);

            /** ClientView memoryBytes */
            memoryBytes?: (number|null);

            /** ClientView vis */
            vis?: (number[]|null);

            /** ClientView channelsUp */
            channelsUp?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ClientView. */
        type $Shape = client.ClientView.$Properties;
    }
}
