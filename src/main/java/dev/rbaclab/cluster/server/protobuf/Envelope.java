package dev.rbaclab.cluster.server.protobuf;

import java.util.Arrays;

/**
 * The frame around every Kubernetes protobuf object: the magic number {@code k8s\0} and a {@code runtime.Unknown}.
 * Field numbers from k8s.io/apimachinery {@code pkg/runtime/generated.proto}: Unknown 1=typeMeta, 2=raw,
 * 3=contentEncoding, 4=contentType; TypeMeta 1=apiVersion, 2=kind.
 */
record Envelope(String apiVersion, String kind, byte[] raw, String contentEncoding, String contentType) {

    /** {@code k8s\0}: runtime/serializer/protobuf's protoEncodingPrefix. */
    private static final byte[] MAGIC = {0x6b, 0x38, 0x73, 0x00};

    static Envelope parse(byte[] body) {
        if (body.length < MAGIC.length || !Arrays.equals(body, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw ProtobufErrors.malformed("the body does not start with the Kubernetes protobuf prefix 6b 38 73 00");
        }
        WireReader in = new WireReader(Arrays.copyOfRange(body, MAGIC.length, body.length));
        String apiVersion = "";
        String kind = "";
        byte[] raw = new byte[0];
        String contentEncoding = "";
        String contentType = "";
        while (in.hasMore()) {
            int tag = in.readTag();
            int number = WireReader.fieldNumber(tag);
            if (WireReader.wireType(tag) != WireReader.LENGTH_DELIMITED) {
                in.skip(WireReader.wireType(tag));
                continue;
            }
            switch (number) {
                case 1 -> {
                    String[] typeMeta = typeMeta(in.readEmbedded());
                    apiVersion = typeMeta[0];
                    kind = typeMeta[1];
                }
                case 2 -> raw = in.readBytes();
                case 3 -> contentEncoding = in.readString();
                case 4 -> contentType = in.readString();
                default -> in.skip(WireReader.LENGTH_DELIMITED);
            }
        }
        return new Envelope(apiVersion, kind, raw, contentEncoding, contentType);
    }

    private static String[] typeMeta(WireReader in) {
        String[] apiVersionAndKind = {"", ""};
        while (in.hasMore()) {
            int tag = in.readTag();
            int number = WireReader.fieldNumber(tag);
            if ((number == 1 || number == 2) && WireReader.wireType(tag) == WireReader.LENGTH_DELIMITED) {
                apiVersionAndKind[number - 1] = in.readString();
            } else {
                in.skip(WireReader.wireType(tag));
            }
        }
        return apiVersionAndKind;
    }
}
