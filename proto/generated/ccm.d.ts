import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace ccm. */
export namespace ccm {

    /**
     * Properties of a PortState.
     * @deprecated Use ccm.PortState.$Properties instead.
     */
    interface IPortState extends ccm.PortState.$Properties {
    }

    /** Represents a PortState. */
    class PortState {

        /**
         * Constructs a new PortState.
         * @param [properties] Properties to set
         */
        constructor(properties?: ccm.PortState.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PortState client. */
        client: string;

        /** PortState present. */
        present: boolean;

        /** PortState vis. */
        vis: number[];

        /** PortState memoryAddress. */
        memoryAddress: number;

        /** PortState memoryLength. */
        memoryLength: number;

        /** PortState rkey. */
        rkey: number;

        /** PortState peerVis. */
        peerVis: number[];

        /**
         * Encodes the specified PortState message. Does not implicitly {@link ccm.PortState.verify|verify} messages.
         * @param message PortState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ccm.PortState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified PortState message, length delimited. Does not implicitly {@link ccm.PortState.verify|verify} messages.
         * @param message PortState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: ccm.PortState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PortState message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ccm.PortState & ccm.PortState.$Shape} PortState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ccm.PortState & ccm.PortState.$Shape;

        /**
         * Decodes a PortState message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {ccm.PortState & ccm.PortState.$Shape} PortState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ccm.PortState & ccm.PortState.$Shape;
    }

    namespace PortState {

        /** Properties of a PortState. */
        interface $Properties {

            /** PortState client */
            client?: (string|null);

            /** PortState present */
            present?: (boolean|null);

            /** PortState vis */
            vis?: (number[]|null);

            /** PortState memoryAddress */
            memoryAddress?: (number|null);

            /** PortState memoryLength */
            memoryLength?: (number|null);

            /** PortState rkey */
            rkey?: (number|null);

            /** PortState peerVis */
            peerVis?: (number[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PortState. */
        type $Shape = ccm.PortState.$Properties;
    }

    /**
     * Properties of a PeerInfo.
     * @deprecated Use ccm.PeerInfo.$Properties instead.
     */
    interface IPeerInfo extends ccm.PeerInfo.$Properties {
    }

    /** Represents a PeerInfo. */
    class PeerInfo {

        /**
         * Constructs a new PeerInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: ccm.PeerInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PeerInfo version. */
        version: number;

        /** PeerInfo node. */
        node: string;

        /** PeerInfo software. */
        software: string;

        /** PeerInfo clients. */
        clients: ccm.PortState.$Properties[];

        /**
         * Encodes the specified PeerInfo message. Does not implicitly {@link ccm.PeerInfo.verify|verify} messages.
         * @param message PeerInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ccm.PeerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified PeerInfo message, length delimited. Does not implicitly {@link ccm.PeerInfo.verify|verify} messages.
         * @param message PeerInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: ccm.PeerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ccm.PeerInfo & ccm.PeerInfo.$Shape} PeerInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ccm.PeerInfo & ccm.PeerInfo.$Shape;

        /**
         * Decodes a PeerInfo message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {ccm.PeerInfo & ccm.PeerInfo.$Shape} PeerInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ccm.PeerInfo & ccm.PeerInfo.$Shape;
    }

    namespace PeerInfo {

        /** Properties of a PeerInfo. */
        interface $Properties {

            /** PeerInfo version */
            version?: (number|null);

            /** PeerInfo node */
            node?: (string|null);

            /** PeerInfo software */
            software?: (string|null);

            /** PeerInfo clients */
            clients?: (ccm.PortState.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PeerInfo. */
        type $Shape = ccm.PeerInfo.$Properties;
    }

    /**
     * Properties of a Ready.
     * @deprecated Use ccm.Ready.$Properties instead.
     */
    interface IReady extends ccm.Ready.$Properties {
    }

    /** Represents a Ready. */
    class Ready {

        /**
         * Constructs a new Ready.
         * @param [properties] Properties to set
         */
        constructor(properties?: ccm.Ready.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Encodes the specified Ready message. Does not implicitly {@link ccm.Ready.verify|verify} messages.
         * @param message Ready message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ccm.Ready.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Ready message, length delimited. Does not implicitly {@link ccm.Ready.verify|verify} messages.
         * @param message Ready message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: ccm.Ready.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Ready message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ccm.Ready & ccm.Ready.$Shape} Ready
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ccm.Ready & ccm.Ready.$Shape;

        /**
         * Decodes a Ready message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {ccm.Ready & ccm.Ready.$Shape} Ready
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ccm.Ready & ccm.Ready.$Shape;
    }

    namespace Ready {

        /** Properties of a Ready. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Ready. */
        type $Shape = ccm.Ready.$Properties;
    }

    /**
     * Properties of a PeerMessage.
     * @deprecated Use ccm.PeerMessage.$Properties instead.
     */
    interface IPeerMessage extends ccm.PeerMessage.$Properties {
    }

    /** Represents a PeerMessage. */
    class PeerMessage {

        /**
         * Constructs a new PeerMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: ccm.PeerMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PeerMessage sessionId. */
        sessionId: (number|Long);

        /** PeerMessage info. */
        info?: (ccm.PeerInfo.$Properties|null);

        /** PeerMessage portState. */
        portState?: (ccm.PortState.$Properties|null);

        /** PeerMessage ready. */
        ready?: (ccm.Ready.$Properties|null);

        /** PeerMessage body. */
        body?: ("info"|"portState"|"ready");

        /**
         * Encodes the specified PeerMessage message. Does not implicitly {@link ccm.PeerMessage.verify|verify} messages.
         * @param message PeerMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: ccm.PeerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified PeerMessage message, length delimited. Does not implicitly {@link ccm.PeerMessage.verify|verify} messages.
         * @param message PeerMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: ccm.PeerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {ccm.PeerMessage & ccm.PeerMessage.$Shape} PeerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ccm.PeerMessage & ccm.PeerMessage.$Shape;

        /**
         * Decodes a PeerMessage message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {ccm.PeerMessage & ccm.PeerMessage.$Shape} PeerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ccm.PeerMessage & ccm.PeerMessage.$Shape;
    }

    namespace PeerMessage {

        /** Properties of a PeerMessage. */
        interface $Properties {

            /** PeerMessage sessionId */
            sessionId?: (number|Long|null);

            /** PeerMessage info */
            info?: (ccm.PeerInfo.$Properties|null);

            /** PeerMessage portState */
            portState?: (ccm.PortState.$Properties|null);

            /** PeerMessage ready */
            ready?: (ccm.Ready.$Properties|null);

            /** PeerMessage body */
            body?: ("info"|"portState"|"ready");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a PeerMessage. */
        type $Shape = {
          sessionId?: number|Long|null;
          info?: ccm.PeerInfo.$Shape|null;
          portState?: ccm.PortState.$Shape|null;
          ready?: ccm.Ready.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; info?: null; portState?: null; ready?: null }|{ body?: "info"; info: ccm.PeerInfo.$Shape; portState?: null; ready?: null }|{ body?: "portState"; info?: null; portState: ccm.PortState.$Shape; ready?: null }|{ body?: "ready"; info?: null; portState?: null; ready: ccm.Ready.$Shape })
        );
    }
}
