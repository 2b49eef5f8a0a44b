import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace fabric. */
export namespace fabric {

    /** CompletionStatus enum. */
    enum CompletionStatus {

        /** SUCCESS value */
        SUCCESS = 0,

        /** REM_ACCESS_ERR value */
        REM_ACCESS_ERR = 1,

        /** REM_INV_REQ value */
        REM_INV_REQ = 2,

        /** RETRY_EXC value */
        RETRY_EXC = 3,

        /** WR_FLUSH_ERR value */
        WR_FLUSH_ERR = 4,

        /** RNR_RETRY_EXC value */
        RNR_RETRY_EXC = 5,

        /** REM_OP_ERR value */
        REM_OP_ERR = 6,

        /** LOC_PROT_ERR value */
        LOC_PROT_ERR = 7,

        /** LOC_LEN_ERR value */
        LOC_LEN_ERR = 8
    }

    /** Opcode enum. */
    enum Opcode {

        /** OPCODE_UNSPECIFIED value */
        OPCODE_UNSPECIFIED = 0,

        /** RDMA_READ value */
        RDMA_READ = 1,

        /** RDMA_WRITE value */
        RDMA_WRITE = 2,

        /** RDMA_WRITE_WITH_IMM value */
        RDMA_WRITE_WITH_IMM = 3,

        /** SEND value */
        SEND = 4,

        /** SEND_WITH_IMM value */
        SEND_WITH_IMM = 5,

        /** ATOMIC_FETCH_ADD value */
        ATOMIC_FETCH_ADD = 6,

        /** ATOMIC_COMPARE_SWAP value */
        ATOMIC_COMPARE_SWAP = 7
    }

    /**
     * Properties of a LinkChallenge.
     * @deprecated Use fabric.LinkChallenge.$Properties instead.
     */
    interface ILinkChallenge extends fabric.LinkChallenge.$Properties {
    }

    /** Represents a LinkChallenge. */
    class LinkChallenge {

        /**
         * Constructs a new LinkChallenge.
         * @param [properties] Properties to set
         */
        constructor(properties?: fabric.LinkChallenge.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LinkChallenge hardwareAddress. */
        hardwareAddress: number;

        /** LinkChallenge fabricId. */
        fabricId: number;

        /** LinkChallenge cardIncarnation. */
        cardIncarnation: (number|Long);

        /** LinkChallenge nonce. */
        nonce: Uint8Array;

        /** LinkChallenge protocolVersion. */
        protocolVersion: number;

        /**
         * Encodes the specified LinkChallenge message. Does not implicitly {@link fabric.LinkChallenge.verify|verify} messages.
         * @param message LinkChallenge message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: fabric.LinkChallenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LinkChallenge message, length delimited. Does not implicitly {@link fabric.LinkChallenge.verify|verify} messages.
         * @param message LinkChallenge message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: fabric.LinkChallenge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinkChallenge message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {fabric.LinkChallenge & fabric.LinkChallenge.$Shape} LinkChallenge
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fabric.LinkChallenge & fabric.LinkChallenge.$Shape;

        /**
         * Decodes a LinkChallenge message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {fabric.LinkChallenge & fabric.LinkChallenge.$Shape} LinkChallenge
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fabric.LinkChallenge & fabric.LinkChallenge.$Shape;
    }

    namespace LinkChallenge {

        /** Properties of a LinkChallenge. */
        interface $Properties {

            /** LinkChallenge hardwareAddress */
            hardwareAddress?: (number|null);

            /** LinkChallenge fabricId */
            fabricId?: (number|null);

            /** LinkChallenge cardIncarnation */
            cardIncarnation?: (number|Long|null);

            /** LinkChallenge nonce */
            nonce?: (Uint8Array|null);

            /** LinkChallenge protocolVersion */
            protocolVersion?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LinkChallenge. */
        type $Shape = fabric.LinkChallenge.$Properties;
    }

    /**
     * Properties of a LinkLogin.
     * @deprecated Use fabric.LinkLogin.$Properties instead.
     */
    interface ILinkLogin extends fabric.LinkLogin.$Properties {
    }

    /** Represents a LinkLogin. */
    class LinkLogin {

        /**
         * Constructs a new LinkLogin.
         * @param [properties] Properties to set
         */
        constructor(properties?: fabric.LinkLogin.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LinkLogin hardwareAddress. */
        hardwareAddress: number;

        /** LinkLogin fabricId. */
        fabricId: number;

        /** LinkLogin cardIncarnation. */
        cardIncarnation: (number|Long);

        /** LinkLogin nonce. */
        nonce: Uint8Array;

        /** LinkLogin proof. */
        proof: Uint8Array;

        /** LinkLogin protocolVersion. */
        protocolVersion: number;

        /**
         * Encodes the specified LinkLogin message. Does not implicitly {@link fabric.LinkLogin.verify|verify} messages.
         * @param message LinkLogin message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: fabric.LinkLogin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LinkLogin message, length delimited. Does not implicitly {@link fabric.LinkLogin.verify|verify} messages.
         * @param message LinkLogin message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: fabric.LinkLogin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinkLogin message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {fabric.LinkLogin & fabric.LinkLogin.$Shape} LinkLogin
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fabric.LinkLogin & fabric.LinkLogin.$Shape;

        /**
         * Decodes a LinkLogin message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {fabric.LinkLogin & fabric.LinkLogin.$Shape} LinkLogin
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fabric.LinkLogin & fabric.LinkLogin.$Shape;
    }

    namespace LinkLogin {

        /** Properties of a LinkLogin. */
        interface $Properties {

            /** LinkLogin hardwareAddress */
            hardwareAddress?: (number|null);

            /** LinkLogin fabricId */
            fabricId?: (number|null);

            /** LinkLogin cardIncarnation */
            cardIncarnation?: (number|Long|null);

            /** LinkLogin nonce */
            nonce?: (Uint8Array|null);

            /** LinkLogin proof */
            proof?: (Uint8Array|null);

            /** LinkLogin protocolVersion */
            protocolVersion?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LinkLogin. */
        type $Shape = fabric.LinkLogin.$Properties;
    }

    /**
     * Properties of a LinkAccept.
     * @deprecated Use fabric.LinkAccept.$Properties instead.
     */
    interface ILinkAccept extends fabric.LinkAccept.$Properties {
    }

    /** Represents a LinkAccept. */
    class LinkAccept {

        /**
         * Constructs a new LinkAccept.
         * @param [properties] Properties to set
         */
        constructor(properties?: fabric.LinkAccept.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LinkAccept proof. */
        proof: Uint8Array;

        /**
         * Encodes the specified LinkAccept message. Does not implicitly {@link fabric.LinkAccept.verify|verify} messages.
         * @param message LinkAccept message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: fabric.LinkAccept.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified LinkAccept message, length delimited. Does not implicitly {@link fabric.LinkAccept.verify|verify} messages.
         * @param message LinkAccept message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: fabric.LinkAccept.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinkAccept message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {fabric.LinkAccept & fabric.LinkAccept.$Shape} LinkAccept
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fabric.LinkAccept & fabric.LinkAccept.$Shape;

        /**
         * Decodes a LinkAccept message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {fabric.LinkAccept & fabric.LinkAccept.$Shape} LinkAccept
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fabric.LinkAccept & fabric.LinkAccept.$Shape;
    }

    namespace LinkAccept {

        /** Properties of a LinkAccept. */
        interface $Properties {

            /** LinkAccept proof */
            proof?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LinkAccept. */
        type $Shape = fabric.LinkAccept.$Properties;
    }

    /**
     * Properties of a Request.
     * @deprecated Use fabric.Request.$Properties instead.
     */
    interface IRequest extends fabric.Request.$Properties {
    }

    /** Represents a Request. */
    class Request {

        /**
         * Constructs a new Request.
         * @param [properties] Properties to set
         */
        constructor(properties?: fabric.Request.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Request requesterVi. */
        requesterVi: number;

        /** Request responderVi. */
        responderVi: number;

        /** Request generation. */
        generation: number;

        /** Request psn. */
        psn: number;

        /** Request opcode. */
        opcode: fabric.Opcode;

        /** Request remoteAddress. */
        remoteAddress: (number|Long);

        /** Request rkey. */
        rkey: number;

        /** Request length. */
        length: number;

        /** Request payload. */
        payload: Uint8Array;

        /** Request immediate. */
        immediate?: (number|null);

        /** Request compareAdd. */
        compareAdd: (number|Long);

        /** Request swap. */
        swap: (number|Long);

        /** Request segmentOffset. */
        segmentOffset: number;

        /** Request messageLength. */
        messageLength: number;

        /** Request alignment. */
        alignment: Uint8Array;

        /** Request attempt. */
        attempt: number;

        /**
         * Encodes the specified Request message. Does not implicitly {@link fabric.Request.verify|verify} messages.
         * @param message Request message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: fabric.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Request message, length delimited. Does not implicitly {@link fabric.Request.verify|verify} messages.
         * @param message Request message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: fabric.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Request message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {fabric.Request & fabric.Request.$Shape} Request
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fabric.Request & fabric.Request.$Shape;

        /**
         * Decodes a Request message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {fabric.Request & fabric.Request.$Shape} Request
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fabric.Request & fabric.Request.$Shape;
    }

    namespace Request {

        /** Properties of a Request. */
        interface $Properties {

            /** Request requesterVi */
            requesterVi?: (number|null);

            /** Request responderVi */
            responderVi?: (number|null);

            /** Request generation */
            generation?: (number|null);

            /** Request psn */
            psn?: (number|null);

            /** Request opcode */
            opcode?: (fabric.Opcode|null);

            /** Request remoteAddress */
            remoteAddress?: (number|Long|null);

            /** Request rkey */
            rkey?: (number|null);

            /** Request length */
            length?: (number|null);

            /** Request payload */
            payload?: (Uint8Array|null);

            /** Request immediate */
            immediate?: (number|null);

            /** Request compareAdd */
            compareAdd?: (number|Long|null);

            /** Request swap */
            swap?: (number|Long|null);

            /** Request segmentOffset */
            segmentOffset?: (number|null);

            /** Request messageLength */
            messageLength?: (number|null);

            /** Request alignment */
            alignment?: (Uint8Array|null);

            /** Request attempt */
            attempt?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Request. */
        type $Shape = fabric.Request.$Properties;
    }

    /**
     * Properties of a Response.
     * @deprecated Use fabric.Response.$Properties instead.
     */
    interface IResponse extends fabric.Response.$Properties {
    }

    /** Represents a Response. */
    class Response {

        /**
         * Constructs a new Response.
         * @param [properties] Properties to set
         */
        constructor(properties?: fabric.Response.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Response requesterVi. */
        requesterVi: number;

        /** Response responderVi. */
        responderVi: number;

        /** Response generation. */
        generation: number;

        /** Response psn. */
        psn: number;

        /** Response status. */
        status: fabric.CompletionStatus;

        /** Response receiverNotReady. */
        receiverNotReady: boolean;

        /** Response payload. */
        payload: Uint8Array;

        /** Response original. */
        original: (number|Long);

        /** Response detail. */
        detail: string;

        /** Response sequenceError. */
        sequenceError: boolean;

        /** Response alignment. */
        alignment: Uint8Array;

        /** Response attempt. */
        attempt: number;

        /**
         * Encodes the specified Response message. Does not implicitly {@link fabric.Response.verify|verify} messages.
         * @param message Response message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: fabric.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Response message, length delimited. Does not implicitly {@link fabric.Response.verify|verify} messages.
         * @param message Response message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: fabric.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Response message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {fabric.Response & fabric.Response.$Shape} Response
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fabric.Response & fabric.Response.$Shape;

        /**
         * Decodes a Response message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {fabric.Response & fabric.Response.$Shape} Response
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fabric.Response & fabric.Response.$Shape;
    }

    namespace Response {

        /** Properties of a Response. */
        interface $Properties {

            /** Response requesterVi */
            requesterVi?: (number|null);

            /** Response responderVi */
            responderVi?: (number|null);

            /** Response generation */
            generation?: (number|null);

            /** Response psn */
            psn?: (number|null);

            /** Response status */
            status?: (fabric.CompletionStatus|null);

            /** Response receiverNotReady */
            receiverNotReady?: (boolean|null);

            /** Response payload */
            payload?: (Uint8Array|null);

            /** Response original */
            original?: (number|Long|null);

            /** Response detail */
            detail?: (string|null);

            /** Response sequenceError */
            sequenceError?: (boolean|null);

            /** Response alignment */
            alignment?: (Uint8Array|null);

            /** Response attempt */
            attempt?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Response. */
        type $Shape = fabric.Response.$Properties;
    }

    /**
     * Properties of a Frame.
     * @deprecated Use fabric.Frame.$Properties instead.
     */
    interface IFrame extends fabric.Frame.$Properties {
    }

    /** Represents a Frame. */
    class Frame {

        /**
         * Constructs a new Frame.
         * @param [properties] Properties to set
         */
        constructor(properties?: fabric.Frame.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Frame challenge. */
        challenge?: (fabric.LinkChallenge.$Properties|null);

        /** Frame login. */
        login?: (fabric.LinkLogin.$Properties|null);

        /** Frame accept. */
        accept?: (fabric.LinkAccept.$Properties|null);

        /** Frame request. */
        request?: (fabric.Request.$Properties|null);

        /** Frame response. */
        response?: (fabric.Response.$Properties|null);

        /** Frame body. */
        body?: ("challenge"|"login"|"accept"|"request"|"response");

        /**
         * Encodes the specified Frame message. Does not implicitly {@link fabric.Frame.verify|verify} messages.
         * @param message Frame message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: fabric.Frame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Frame message, length delimited. Does not implicitly {@link fabric.Frame.verify|verify} messages.
         * @param message Frame message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: fabric.Frame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Frame message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {fabric.Frame & fabric.Frame.$Shape} Frame
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fabric.Frame & fabric.Frame.$Shape;

        /**
         * Decodes a Frame message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {fabric.Frame & fabric.Frame.$Shape} Frame
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fabric.Frame & fabric.Frame.$Shape;
    }

    namespace Frame {

        /** Properties of a Frame. */
        interface $Properties {

            /** Frame challenge */
            challenge?: (fabric.LinkChallenge.$Properties|null);

            /** Frame login */
            login?: (fabric.LinkLogin.$Properties|null);

            /** Frame accept */
            accept?: (fabric.LinkAccept.$Properties|null);

            /** Frame request */
            request?: (fabric.Request.$Properties|null);

            /** Frame response */
            response?: (fabric.Response.$Properties|null);

            /** Frame body */
            body?: ("challenge"|"login"|"accept"|"request"|"response");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a Frame. */
        type $Shape = {
          challenge?: fabric.LinkChallenge.$Shape|null;
          login?: fabric.LinkLogin.$Shape|null;
          accept?: fabric.LinkAccept.$Shape|null;
          request?: fabric.Request.$Shape|null;
          response?: fabric.Response.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; challenge?: null; login?: null; accept?: null; request?: null; response?: null }|{ body?: "challenge"; challenge: fabric.LinkChallenge.$Shape; login?: null; accept?: null; request?: null; response?: null }|{ body?: "login"; challenge?: null; login: fabric.LinkLogin.$Shape; accept?: null; request?: null; response?: null }|{ body?: "accept"; challenge?: null; login?: null; accept: fabric.LinkAccept.$Shape; request?: null; response?: null }|{ body?: "request"; challenge?: null; login?: null; accept?: null; request: fabric.Request.$Shape; response?: null }|{ body?: "response"; challenge?: null; login?: null; accept?: null; request?: null; response: fabric.Response.$Shape })
        );
    }
}
