import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace heartbeat. */
export namespace heartbeat {

    /**
     * Properties of a Heartbeat.
     * @deprecated Use heartbeat.Heartbeat.$Properties instead.
     */
    interface IHeartbeat extends heartbeat.Heartbeat.$Properties {
    }

    /** Represents a Heartbeat. */
    class Heartbeat {

        /**
         * Constructs a new Heartbeat.
         * @param [properties] Properties to set
         */
        constructor(properties?: heartbeat.Heartbeat.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Heartbeat seq. */
        seq: number;

        /** Heartbeat intervalMs. */
        intervalMs: number;

        /**
         * Encodes the specified Heartbeat message. Does not implicitly {@link heartbeat.Heartbeat.verify|verify} messages.
         * @param message Heartbeat message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: heartbeat.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link heartbeat.Heartbeat.verify|verify} messages.
         * @param message Heartbeat message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: heartbeat.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Heartbeat message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {heartbeat.Heartbeat & heartbeat.Heartbeat.$Shape} Heartbeat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): heartbeat.Heartbeat & heartbeat.Heartbeat.$Shape;

        /**
         * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {heartbeat.Heartbeat & heartbeat.Heartbeat.$Shape} Heartbeat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): heartbeat.Heartbeat & heartbeat.Heartbeat.$Shape;
    }

    namespace Heartbeat {

        /** Properties of a Heartbeat. */
        interface $Properties {

            /** Heartbeat seq */
            seq?: (number|null);

            /** Heartbeat intervalMs */
            intervalMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Heartbeat. */
        type $Shape = heartbeat.Heartbeat.$Properties;
    }
}
