/**
 * Decodes the protobuf request bodies kubectl 1.32+ sends ({@code Content-Type: application/vnd.kubernetes.protobuf})
 * into the JSON the rest of the API server works with.
 *
 * <p>A body is a {@code k8s\0} magic number followed by a {@code runtime.Unknown} envelope ({@link Envelope}) whose
 * {@code raw} bytes are the object message. The message schemas are tables of field numbers copied from k8s.io/api
 * and k8s.io/apimachinery {@code generated.proto} ({@link MetaV1}, {@link CoreV1}, {@link RbacV1}, ...), looked up by
 * apiVersion and kind in {@link ProtobufKinds}, and walked by one table-driven {@link MessageDecoder}. Only the kinds
 * kubectl's typed commands send are known; anything else is a 415, and malformed bytes are a 400.
 *
 * <p>Go's gogo-protobuf writes zero values and empty messages explicitly, so the decoder treats a present zero as
 * absent unless the Go field is a pointer (then the zero was set on purpose and is kept).
 */
package dev.rbaclab.cluster.server.protobuf;
