import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace membership. */
export namespace membership {

    /**
     * Properties of a Member.
     * @deprecated Use membership.Member.$Properties instead.
     */
    interface IMember extends membership.Member.$Properties {
    }

    /** Represents a Member. */
    class Member {

        /**
         * Constructs a new Member.
         * @param [properties] Properties to set
         */
        constructor(properties?: membership.Member.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Member node. */
        node: string;

        /** Member boot. */
        boot: number;

        /** Member since. */
        since: (number|Long);

        /**
         * Encodes the specified Member message. Does not implicitly {@link membership.Member.verify|verify} messages.
         * @param message Member message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: membership.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Member message, length delimited. Does not implicitly {@link membership.Member.verify|verify} messages.
         * @param message Member message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: membership.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Member message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {membership.Member & membership.Member.$Shape} Member
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.Member & membership.Member.$Shape;

        /**
         * Decodes a Member message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {membership.Member & membership.Member.$Shape} Member
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): membership.Member & membership.Member.$Shape;
    }

    namespace Member {

        /** Properties of a Member. */
        interface $Properties {

            /** Member node */
            node?: (string|null);

            /** Member boot */
            boot?: (number|null);

            /** Member since */
            since?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Member. */
        type $Shape = membership.Member.$Properties;
    }

    /**
     * Properties of a View.
     * @deprecated Use membership.View.$Properties instead.
     */
    interface IView extends membership.View.$Properties {
    }

    /** Represents a View. */
    class View {

        /**
         * Constructs a new View.
         * @param [properties] Properties to set
         */
        constructor(properties?: membership.View.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** View id. */
        id: (number|Long);

        /** View members. */
        members: membership.Member.$Properties[];

        /**
         * Encodes the specified View message. Does not implicitly {@link membership.View.verify|verify} messages.
         * @param message View message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: membership.View.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified View message, length delimited. Does not implicitly {@link membership.View.verify|verify} messages.
         * @param message View message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: membership.View.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a View message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {membership.View & membership.View.$Shape} View
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.View & membership.View.$Shape;

        /**
         * Decodes a View message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {membership.View & membership.View.$Shape} View
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): membership.View & membership.View.$Shape;
    }

    namespace View {

        /** Properties of a View. */
        interface $Properties {

            /** View id */
            id?: (number|Long|null);

            /** View members */
            members?: (membership.Member.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a View. */
        type $Shape = membership.View.$Properties;
    }

    /**
     * Properties of a Hello.
     * @deprecated Use membership.Hello.$Properties instead.
     */
    interface IHello extends membership.Hello.$Properties {
    }

    /** Represents a Hello. */
    class Hello {

        /**
         * Constructs a new Hello.
         * @param [properties] Properties to set
         */
        constructor(properties?: membership.Hello.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Hello boot. */
        boot: number;

        /** Hello installed. */
        installed: (number|Long);

        /** Hello suspended. */
        suspended: boolean;

        /**
         * Encodes the specified Hello message. Does not implicitly {@link membership.Hello.verify|verify} messages.
         * @param message Hello message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: membership.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Hello message, length delimited. Does not implicitly {@link membership.Hello.verify|verify} messages.
         * @param message Hello message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: membership.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Hello message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {membership.Hello & membership.Hello.$Shape} Hello
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.Hello & membership.Hello.$Shape;

        /**
         * Decodes a Hello message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {membership.Hello & membership.Hello.$Shape} Hello
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): membership.Hello & membership.Hello.$Shape;
    }

    namespace Hello {

        /** Properties of a Hello. */
        interface $Properties {

            /** Hello boot */
            boot?: (number|null);

            /** Hello installed */
            installed?: (number|Long|null);

            /** Hello suspended */
            suspended?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Hello. */
        type $Shape = membership.Hello.$Properties;
    }

    /**
     * Properties of a Propose.
     * @deprecated Use membership.Propose.$Properties instead.
     */
    interface IPropose extends membership.Propose.$Properties {
    }

    /** Represents a Propose. */
    class Propose {

        /**
         * Constructs a new Propose.
         * @param [properties] Properties to set
         */
        constructor(properties?: membership.Propose.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Propose id. */
        id: (number|Long);

        /** Propose members. */
        members: membership.Member.$Properties[];

        /** Propose base. */
        base?: (membership.View.$Properties|null);

        /**
         * Encodes the specified Propose message. Does not implicitly {@link membership.Propose.verify|verify} messages.
         * @param message Propose message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: membership.Propose.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Propose message, length delimited. Does not implicitly {@link membership.Propose.verify|verify} messages.
         * @param message Propose message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: membership.Propose.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Propose message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {membership.Propose & membership.Propose.$Shape} Propose
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.Propose & membership.Propose.$Shape;

        /**
         * Decodes a Propose message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {membership.Propose & membership.Propose.$Shape} Propose
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): membership.Propose & membership.Propose.$Shape;
    }

    namespace Propose {

        /** Properties of a Propose. */
        interface $Properties {

            /** Propose id */
            id?: (number|Long|null);

            /** Propose members */
            members?: (membership.Member.$Properties[]|null);

            /** Propose base */
            base?: (membership.View.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Propose. */
        type $Shape = membership.Propose.$Properties;
    }

    /**
     * Properties of an Accept.
     * @deprecated Use membership.Accept.$Properties instead.
     */
    interface IAccept extends membership.Accept.$Properties {
    }

    /** Represents an Accept. */
    class Accept {

        /**
         * Constructs a new Accept.
         * @param [properties] Properties to set
         */
        constructor(properties?: membership.Accept.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Accept id. */
        id: (number|Long);

        /**
         * Encodes the specified Accept message. Does not implicitly {@link membership.Accept.verify|verify} messages.
         * @param message Accept message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: membership.Accept.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Accept message, length delimited. Does not implicitly {@link membership.Accept.verify|verify} messages.
         * @param message Accept message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: membership.Accept.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Accept message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {membership.Accept & membership.Accept.$Shape} Accept
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.Accept & membership.Accept.$Shape;

        /**
         * Decodes an Accept message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {membership.Accept & membership.Accept.$Shape} Accept
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): membership.Accept & membership.Accept.$Shape;
    }

    namespace Accept {

        /** Properties of an Accept. */
        interface $Properties {

            /** Accept id */
            id?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Accept. */
        type $Shape = membership.Accept.$Properties;
    }

    /**
     * Properties of a Reject.
     * @deprecated Use membership.Reject.$Properties instead.
     */
    interface IReject extends membership.Reject.$Properties {
    }

    /** Represents a Reject. */
    class Reject {

        /**
         * Constructs a new Reject.
         * @param [properties] Properties to set
         */
        constructor(properties?: membership.Reject.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Reject id. */
        id: (number|Long);

        /** Reject promised. */
        promised: (number|Long);

        /** Reject installed. */
        installed?: (membership.View.$Properties|null);

        /**
         * Encodes the specified Reject message. Does not implicitly {@link membership.Reject.verify|verify} messages.
         * @param message Reject message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: membership.Reject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Reject message, length delimited. Does not implicitly {@link membership.Reject.verify|verify} messages.
         * @param message Reject message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: membership.Reject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Reject message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {membership.Reject & membership.Reject.$Shape} Reject
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.Reject & membership.Reject.$Shape;

        /**
         * Decodes a Reject message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {membership.Reject & membership.Reject.$Shape} Reject
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): membership.Reject & membership.Reject.$Shape;
    }

    namespace Reject {

        /** Properties of a Reject. */
        interface $Properties {

            /** Reject id */
            id?: (number|Long|null);

            /** Reject promised */
            promised?: (number|Long|null);

            /** Reject installed */
            installed?: (membership.View.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Reject. */
        type $Shape = membership.Reject.$Properties;
    }

    /**
     * Properties of an Install.
     * @deprecated Use membership.Install.$Properties instead.
     */
    interface IInstall extends membership.Install.$Properties {
    }

    /** Represents an Install. */
    class Install {

        /**
         * Constructs a new Install.
         * @param [properties] Properties to set
         */
        constructor(properties?: membership.Install.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Install view. */
        view?: (membership.View.$Properties|null);

        /**
         * Encodes the specified Install message. Does not implicitly {@link membership.Install.verify|verify} messages.
         * @param message Install message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: membership.Install.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Install message, length delimited. Does not implicitly {@link membership.Install.verify|verify} messages.
         * @param message Install message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: membership.Install.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Install message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {membership.Install & membership.Install.$Shape} Install
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.Install & membership.Install.$Shape;

        /**
         * Decodes an Install message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {membership.Install & membership.Install.$Shape} Install
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): membership.Install & membership.Install.$Shape;
    }

    namespace Install {

        /** Properties of an Install. */
        interface $Properties {

            /** Install view */
            view?: (membership.View.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Install. */
        type $Shape = membership.Install.$Properties;
    }

    /**
     * Properties of an Installed.
     * @deprecated Use membership.Installed.$Properties instead.
     */
    interface IInstalled extends membership.Installed.$Properties {
    }

    /** Represents an Installed. */
    class Installed {

        /**
         * Constructs a new Installed.
         * @param [properties] Properties to set
         */
        constructor(properties?: membership.Installed.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Installed id. */
        id: (number|Long);

        /**
         * Encodes the specified Installed message. Does not implicitly {@link membership.Installed.verify|verify} messages.
         * @param message Installed message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: membership.Installed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Installed message, length delimited. Does not implicitly {@link membership.Installed.verify|verify} messages.
         * @param message Installed message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: membership.Installed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Installed message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {membership.Installed & membership.Installed.$Shape} Installed
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.Installed & membership.Installed.$Shape;

        /**
         * Decodes an Installed message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {membership.Installed & membership.Installed.$Shape} Installed
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): membership.Installed & membership.Installed.$Shape;
    }

    namespace Installed {

        /** Properties of an Installed. */
        interface $Properties {

            /** Installed id */
            id?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Installed. */
        type $Shape = membership.Installed.$Properties;
    }

    /**
     * Properties of a CmsMessage.
     * @deprecated Use membership.CmsMessage.$Properties instead.
     */
    interface ICmsMessage extends membership.CmsMessage.$Properties {
    }

    /** Represents a CmsMessage. */
    class CmsMessage {

        /**
         * Constructs a new CmsMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: membership.CmsMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CmsMessage hello. */
        hello?: (membership.Hello.$Properties|null);

        /** CmsMessage propose. */
        propose?: (membership.Propose.$Properties|null);

        /** CmsMessage accept. */
        accept?: (membership.Accept.$Properties|null);

        /** CmsMessage reject. */
        reject?: (membership.Reject.$Properties|null);

        /** CmsMessage install. */
        install?: (membership.Install.$Properties|null);

        /** CmsMessage installed. */
        installed?: (membership.Installed.$Properties|null);

        /** CmsMessage body. */
        body?: ("hello"|"propose"|"accept"|"reject"|"install"|"installed");

        /**
         * Encodes the specified CmsMessage message. Does not implicitly {@link membership.CmsMessage.verify|verify} messages.
         * @param message CmsMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: membership.CmsMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CmsMessage message, length delimited. Does not implicitly {@link membership.CmsMessage.verify|verify} messages.
         * @param message CmsMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: membership.CmsMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CmsMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {membership.CmsMessage & membership.CmsMessage.$Shape} CmsMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.CmsMessage & membership.CmsMessage.$Shape;

        /**
         * Decodes a CmsMessage message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {membership.CmsMessage & membership.CmsMessage.$Shape} CmsMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): membership.CmsMessage & membership.CmsMessage.$Shape;
    }

    namespace CmsMessage {

        /** Properties of a CmsMessage. */
        interface $Properties {

            /** CmsMessage hello */
            hello?: (membership.Hello.$Properties|null);

            /** CmsMessage propose */
            propose?: (membership.Propose.$Properties|null);

            /** CmsMessage accept */
            accept?: (membership.Accept.$Properties|null);

            /** CmsMessage reject */
            reject?: (membership.Reject.$Properties|null);

            /** CmsMessage install */
            install?: (membership.Install.$Properties|null);

            /** CmsMessage installed */
            installed?: (membership.Installed.$Properties|null);

            /** CmsMessage body */
            body?: ("hello"|"propose"|"accept"|"reject"|"install"|"installed");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a CmsMessage. */
        type $Shape = {
          hello?: membership.Hello.$Shape|null;
          propose?: membership.Propose.$Shape|null;
          accept?: membership.Accept.$Shape|null;
          reject?: membership.Reject.$Shape|null;
          install?: membership.Install.$Shape|null;
          installed?: membership.Installed.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; hello?: null; propose?: null; accept?: null; reject?: null; install?: null; installed?: null }|{ body?: "hello"; hello: membership.Hello.$Shape; propose?: null; accept?: null; reject?: null; install?: null; installed?: null }|{ body?: "propose"; hello?: null; propose: membership.Propose.$Shape; accept?: null; reject?: null; install?: null; installed?: null }|{ body?: "accept"; hello?: null; propose?: null; accept: membership.Accept.$Shape; reject?: null; install?: null; installed?: null }|{ body?: "reject"; hello?: null; propose?: null; accept?: null; reject: membership.Reject.$Shape; install?: null; installed?: null }|{ body?: "install"; hello?: null; propose?: null; accept?: null; reject?: null; install: membership.Install.$Shape; installed?: null }|{ body?: "installed"; hello?: null; propose?: null; accept?: null; reject?: null; install?: null; installed: membership.Installed.$Shape })
        );
    }

    /**
     * Properties of a StatusRequest.
     * @deprecated Use membership.StatusRequest.$Properties instead.
     */
    interface IStatusRequest extends membership.StatusRequest.$Properties {
    }

    /** Represents a StatusRequest. */
    class StatusRequest {

        /**
         * Constructs a new StatusRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: membership.StatusRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Encodes the specified StatusRequest message. Does not implicitly {@link membership.StatusRequest.verify|verify} messages.
         * @param message StatusRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: membership.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified StatusRequest message, length delimited. Does not implicitly {@link membership.StatusRequest.verify|verify} messages.
         * @param message StatusRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: membership.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatusRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {membership.StatusRequest & membership.StatusRequest.$Shape} StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.StatusRequest & membership.StatusRequest.$Shape;

        /**
         * Decodes a StatusRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {membership.StatusRequest & membership.StatusRequest.$Shape} StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): membership.StatusRequest & membership.StatusRequest.$Shape;
    }

    namespace StatusRequest {

        /** Properties of a StatusRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StatusRequest. */
        type $Shape = membership.StatusRequest.$Properties;
    }

    /**
     * Properties of a WatchRequest.
     * @deprecated Use membership.WatchRequest.$Properties instead.
     */
    interface IWatchRequest extends membership.WatchRequest.$Properties {
    }

    /** Represents a WatchRequest. */
    class WatchRequest {

        /**
         * Constructs a new WatchRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: membership.WatchRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Encodes the specified WatchRequest message. Does not implicitly {@link membership.WatchRequest.verify|verify} messages.
         * @param message WatchRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: membership.WatchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified WatchRequest message, length delimited. Does not implicitly {@link membership.WatchRequest.verify|verify} messages.
         * @param message WatchRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: membership.WatchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WatchRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {membership.WatchRequest & membership.WatchRequest.$Shape} WatchRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.WatchRequest & membership.WatchRequest.$Shape;

        /**
         * Decodes a WatchRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {membership.WatchRequest & membership.WatchRequest.$Shape} WatchRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): membership.WatchRequest & membership.WatchRequest.$Shape;
    }

    namespace WatchRequest {

        /** Properties of a WatchRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WatchRequest. */
        type $Shape = membership.WatchRequest.$Properties;
    }

    /**
     * Properties of a MembershipCall.
     * @deprecated Use membership.MembershipCall.$Properties instead.
     */
    interface IMembershipCall extends membership.MembershipCall.$Properties {
    }

    /** Represents a MembershipCall. */
    class MembershipCall {

        /**
         * Constructs a new MembershipCall.
         * @param [properties] Properties to set
         */
        constructor(properties?: membership.MembershipCall.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MembershipCall status. */
        status?: (membership.StatusRequest.$Properties|null);

        /** MembershipCall watch. */
        watch?: (membership.WatchRequest.$Properties|null);

        /** MembershipCall body. */
        body?: ("status"|"watch");

        /**
         * Encodes the specified MembershipCall message. Does not implicitly {@link membership.MembershipCall.verify|verify} messages.
         * @param message MembershipCall message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: membership.MembershipCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MembershipCall message, length delimited. Does not implicitly {@link membership.MembershipCall.verify|verify} messages.
         * @param message MembershipCall message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: membership.MembershipCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MembershipCall message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {membership.MembershipCall & membership.MembershipCall.$Shape} MembershipCall
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.MembershipCall & membership.MembershipCall.$Shape;

        /**
         * Decodes a MembershipCall message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {membership.MembershipCall & membership.MembershipCall.$Shape} MembershipCall
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): membership.MembershipCall & membership.MembershipCall.$Shape;
    }

    namespace MembershipCall {

        /** Properties of a MembershipCall. */
        interface $Properties {

            /** MembershipCall status */
            status?: (membership.StatusRequest.$Properties|null);

            /** MembershipCall watch */
            watch?: (membership.WatchRequest.$Properties|null);

            /** MembershipCall body */
            body?: ("status"|"watch");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a MembershipCall. */
        type $Shape = {
          status?: membership.StatusRequest.$Shape|null;
          watch?: membership.WatchRequest.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; status?: null; watch?: null }|{ body?: "status"; status: membership.StatusRequest.$Shape; watch?: null }|{ body?: "watch"; status?: null; watch: membership.WatchRequest.$Shape })
        );
    }

    /**
     * Properties of a NodeState.
     * @deprecated Use membership.NodeState.$Properties instead.
     */
    interface INodeState extends membership.NodeState.$Properties {
    }

    /** Represents a NodeState. */
    class NodeState {

        /**
         * Constructs a new NodeState.
         * @param [properties] Properties to set
         */
        constructor(properties?: membership.NodeState.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** NodeState node. */
        node: string;

        /** NodeState state. */
        state: string;

        /** NodeState boot. */
        boot: number;

        /**
         * Encodes the specified NodeState message. Does not implicitly {@link membership.NodeState.verify|verify} messages.
         * @param message NodeState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: membership.NodeState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified NodeState message, length delimited. Does not implicitly {@link membership.NodeState.verify|verify} messages.
         * @param message NodeState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: membership.NodeState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a NodeState message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {membership.NodeState & membership.NodeState.$Shape} NodeState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.NodeState & membership.NodeState.$Shape;

        /**
         * Decodes a NodeState message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {membership.NodeState & membership.NodeState.$Shape} NodeState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): membership.NodeState & membership.NodeState.$Shape;
    }

    namespace NodeState {

        /** Properties of a NodeState. */
        interface $Properties {

            /** NodeState node */
            node?: (string|null);

            /** NodeState state */
            state?: (string|null);

            /** NodeState boot */
            boot?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a NodeState. */
        type $Shape = membership.NodeState.$Properties;
    }

    /**
     * Properties of a MembershipStatus.
     * @deprecated Use membership.MembershipStatus.$Properties instead.
     */
    interface IMembershipStatus extends membership.MembershipStatus.$Properties {
    }

    /** Represents a MembershipStatus. */
    class MembershipStatus {

        /**
         * Constructs a new MembershipStatus.
         * @param [properties] Properties to set
         */
        constructor(properties?: membership.MembershipStatus.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MembershipStatus node. */
        node: string;

        /** MembershipStatus view. */
        view?: (membership.View.$Properties|null);

        /** MembershipStatus coordinator. */
        coordinator: string;

        /** MembershipStatus suspended. */
        suspended: boolean;

        /** MembershipStatus nodes. */
        nodes: membership.NodeState.$Properties[];

        /**
         * Encodes the specified MembershipStatus message. Does not implicitly {@link membership.MembershipStatus.verify|verify} messages.
         * @param message MembershipStatus message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: membership.MembershipStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MembershipStatus message, length delimited. Does not implicitly {@link membership.MembershipStatus.verify|verify} messages.
         * @param message MembershipStatus message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: membership.MembershipStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MembershipStatus message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {membership.MembershipStatus & membership.MembershipStatus.$Shape} MembershipStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.MembershipStatus & membership.MembershipStatus.$Shape;

        /**
         * Decodes a MembershipStatus message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {membership.MembershipStatus & membership.MembershipStatus.$Shape} MembershipStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): membership.MembershipStatus & membership.MembershipStatus.$Shape;
    }

    namespace MembershipStatus {

        /** Properties of a MembershipStatus. */
        interface $Properties {

            /** MembershipStatus node */
            node?: (string|null);

            /** MembershipStatus view */
            view?: (membership.View.$Properties|null);

            /** MembershipStatus coordinator */
            coordinator?: (string|null);

            /** MembershipStatus suspended */
            suspended?: (boolean|null);

            /** MembershipStatus nodes */
            nodes?: (membership.NodeState.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MembershipStatus. */
        type $Shape = membership.MembershipStatus.$Properties;
    }

    /**
     * Properties of a MembershipReply.
     * @deprecated Use membership.MembershipReply.$Properties instead.
     */
    interface IMembershipReply extends membership.MembershipReply.$Properties {
    }

    /** Represents a MembershipReply. */
    class MembershipReply {

        /**
         * Constructs a new MembershipReply.
         * @param [properties] Properties to set
         */
        constructor(properties?: membership.MembershipReply.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MembershipReply status. */
        status?: (membership.MembershipStatus.$Properties|null);

        /** MembershipReply watching. */
        watching?: (boolean|null);

        /** MembershipReply body. */
        body?: ("status"|"watching");

        /**
         * Encodes the specified MembershipReply message. Does not implicitly {@link membership.MembershipReply.verify|verify} messages.
         * @param message MembershipReply message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: membership.MembershipReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MembershipReply message, length delimited. Does not implicitly {@link membership.MembershipReply.verify|verify} messages.
         * @param message MembershipReply message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: membership.MembershipReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MembershipReply message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {membership.MembershipReply & membership.MembershipReply.$Shape} MembershipReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.MembershipReply & membership.MembershipReply.$Shape;

        /**
         * Decodes a MembershipReply message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {membership.MembershipReply & membership.MembershipReply.$Shape} MembershipReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): membership.MembershipReply & membership.MembershipReply.$Shape;
    }

    namespace MembershipReply {

        /** Properties of a MembershipReply. */
        interface $Properties {

            /** MembershipReply status */
            status?: (membership.MembershipStatus.$Properties|null);

            /** MembershipReply watching */
            watching?: (boolean|null);

            /** MembershipReply body */
            body?: ("status"|"watching");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a MembershipReply. */
        type $Shape = {
          status?: membership.MembershipStatus.$Shape|null;
          watching?: boolean|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; status?: null; watching?: null }|{ body?: "status"; status: membership.MembershipStatus.$Shape; watching?: null }|{ body?: "watching"; status?: null; watching: boolean })
        );
    }

    /**
     * Properties of a ViewInstalled.
     * @deprecated Use membership.ViewInstalled.$Properties instead.
     */
    interface IViewInstalled extends membership.ViewInstalled.$Properties {
    }

    /** Represents a ViewInstalled. */
    class ViewInstalled {

        /**
         * Constructs a new ViewInstalled.
         * @param [properties] Properties to set
         */
        constructor(properties?: membership.ViewInstalled.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ViewInstalled view. */
        view?: (membership.View.$Properties|null);

        /** ViewInstalled coordinator. */
        coordinator: string;

        /** ViewInstalled joined. */
        joined: string[];

        /** ViewInstalled left. */
        left: string[];

        /**
         * Encodes the specified ViewInstalled message. Does not implicitly {@link membership.ViewInstalled.verify|verify} messages.
         * @param message ViewInstalled message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: membership.ViewInstalled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ViewInstalled message, length delimited. Does not implicitly {@link membership.ViewInstalled.verify|verify} messages.
         * @param message ViewInstalled message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: membership.ViewInstalled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ViewInstalled message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {membership.ViewInstalled & membership.ViewInstalled.$Shape} ViewInstalled
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.ViewInstalled & membership.ViewInstalled.$Shape;

        /**
         * Decodes a ViewInstalled message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {membership.ViewInstalled & membership.ViewInstalled.$Shape} ViewInstalled
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): membership.ViewInstalled & membership.ViewInstalled.$Shape;
    }

    namespace ViewInstalled {

        /** Properties of a ViewInstalled. */
        interface $Properties {

            /** ViewInstalled view */
            view?: (membership.View.$Properties|null);

            /** ViewInstalled coordinator */
            coordinator?: (string|null);

            /** ViewInstalled joined */
            joined?: (string[]|null);

            /** ViewInstalled left */
            left?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ViewInstalled. */
        type $Shape = membership.ViewInstalled.$Properties;
    }

    /**
     * Properties of a NodeSuspected.
     * @deprecated Use membership.NodeSuspected.$Properties instead.
     */
    interface INodeSuspected extends membership.NodeSuspected.$Properties {
    }

    /** Represents a NodeSuspected. */
    class NodeSuspected {

        /**
         * Constructs a new NodeSuspected.
         * @param [properties] Properties to set
         */
        constructor(properties?: membership.NodeSuspected.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** NodeSuspected node. */
        node: string;

        /** NodeSuspected reason. */
        reason: string;

        /** NodeSuspected view. */
        view: (number|Long);

        /**
         * Encodes the specified NodeSuspected message. Does not implicitly {@link membership.NodeSuspected.verify|verify} messages.
         * @param message NodeSuspected message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: membership.NodeSuspected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified NodeSuspected message, length delimited. Does not implicitly {@link membership.NodeSuspected.verify|verify} messages.
         * @param message NodeSuspected message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: membership.NodeSuspected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a NodeSuspected message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {membership.NodeSuspected & membership.NodeSuspected.$Shape} NodeSuspected
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.NodeSuspected & membership.NodeSuspected.$Shape;

        /**
         * Decodes a NodeSuspected message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {membership.NodeSuspected & membership.NodeSuspected.$Shape} NodeSuspected
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): membership.NodeSuspected & membership.NodeSuspected.$Shape;
    }

    namespace NodeSuspected {

        /** Properties of a NodeSuspected. */
        interface $Properties {

            /** NodeSuspected node */
            node?: (string|null);

            /** NodeSuspected reason */
            reason?: (string|null);

            /** NodeSuspected view */
            view?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a NodeSuspected. */
        type $Shape = membership.NodeSuspected.$Properties;
    }

    /**
     * Properties of a QuorumLost.
     * @deprecated Use membership.QuorumLost.$Properties instead.
     */
    interface IQuorumLost extends membership.QuorumLost.$Properties {
    }

    /** Represents a QuorumLost. */
    class QuorumLost {

        /**
         * Constructs a new QuorumLost.
         * @param [properties] Properties to set
         */
        constructor(properties?: membership.QuorumLost.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** QuorumLost view. */
        view: (number|Long);

        /** QuorumLost alive. */
        alive: string[];

        /**
         * Encodes the specified QuorumLost message. Does not implicitly {@link membership.QuorumLost.verify|verify} messages.
         * @param message QuorumLost message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: membership.QuorumLost.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified QuorumLost message, length delimited. Does not implicitly {@link membership.QuorumLost.verify|verify} messages.
         * @param message QuorumLost message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: membership.QuorumLost.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a QuorumLost message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {membership.QuorumLost & membership.QuorumLost.$Shape} QuorumLost
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.QuorumLost & membership.QuorumLost.$Shape;

        /**
         * Decodes a QuorumLost message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {membership.QuorumLost & membership.QuorumLost.$Shape} QuorumLost
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): membership.QuorumLost & membership.QuorumLost.$Shape;
    }

    namespace QuorumLost {

        /** Properties of a QuorumLost. */
        interface $Properties {

            /** QuorumLost view */
            view?: (number|Long|null);

            /** QuorumLost alive */
            alive?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a QuorumLost. */
        type $Shape = membership.QuorumLost.$Properties;
    }

    /**
     * Properties of a MembershipEvent.
     * @deprecated Use membership.MembershipEvent.$Properties instead.
     */
    interface IMembershipEvent extends membership.MembershipEvent.$Properties {
    }

    /** Represents a MembershipEvent. */
    class MembershipEvent {

        /**
         * Constructs a new MembershipEvent.
         * @param [properties] Properties to set
         */
        constructor(properties?: membership.MembershipEvent.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MembershipEvent viewInstalled. */
        viewInstalled?: (membership.ViewInstalled.$Properties|null);

        /** MembershipEvent nodeSuspected. */
        nodeSuspected?: (membership.NodeSuspected.$Properties|null);

        /** MembershipEvent quorumLost. */
        quorumLost?: (membership.QuorumLost.$Properties|null);

        /** MembershipEvent body. */
        body?: ("viewInstalled"|"nodeSuspected"|"quorumLost");

        /**
         * Encodes the specified MembershipEvent message. Does not implicitly {@link membership.MembershipEvent.verify|verify} messages.
         * @param message MembershipEvent message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: membership.MembershipEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MembershipEvent message, length delimited. Does not implicitly {@link membership.MembershipEvent.verify|verify} messages.
         * @param message MembershipEvent message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: membership.MembershipEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MembershipEvent message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {membership.MembershipEvent & membership.MembershipEvent.$Shape} MembershipEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): membership.MembershipEvent & membership.MembershipEvent.$Shape;

        /**
         * Decodes a MembershipEvent message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {membership.MembershipEvent & membership.MembershipEvent.$Shape} MembershipEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): membership.MembershipEvent & membership.MembershipEvent.$Shape;
    }

    namespace MembershipEvent {

        /** Properties of a MembershipEvent. */
        interface $Properties {

            /** MembershipEvent viewInstalled */
            viewInstalled?: (membership.ViewInstalled.$Properties|null);

            /** MembershipEvent nodeSuspected */
            nodeSuspected?: (membership.NodeSuspected.$Properties|null);

            /** MembershipEvent quorumLost */
            quorumLost?: (membership.QuorumLost.$Properties|null);

            /** MembershipEvent body */
            body?: ("viewInstalled"|"nodeSuspected"|"quorumLost");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a MembershipEvent. */
        type $Shape = {
          viewInstalled?: membership.ViewInstalled.$Shape|null;
          nodeSuspected?: membership.NodeSuspected.$Shape|null;
          quorumLost?: membership.QuorumLost.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ body?: undefined; viewInstalled?: null; nodeSuspected?: null; quorumLost?: null }|{ body?: "viewInstalled"; viewInstalled: membership.ViewInstalled.$Shape; nodeSuspected?: null; quorumLost?: null }|{ body?: "nodeSuspected"; viewInstalled?: null; nodeSuspected: membership.NodeSuspected.$Shape; quorumLost?: null }|{ body?: "quorumLost"; viewInstalled?: null; nodeSuspected?: null; quorumLost: membership.QuorumLost.$Shape })
        );
    }
}
