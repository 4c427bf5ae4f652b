/*
 * JNI entry points for dev.rta.analyzer.NativeRust: tree-sitter's C API and the Rust grammar, compiled with
 * optimisation by native/build.sh. Only what the source scanner needs: parse (with included ranges), run a query
 * over the whole tree in one call, and walk nodes.
 *
 * A TSNode travels to Java as four longs: context[0..1], context[2..3], id, tree.
 */
#include <jni.h>
#include <stdint.h>
#include <stdlib.h>
#include <tree_sitter/api.h>

const TSLanguage *tree_sitter_rust(void);

static TSNode node_of(jlong a, jlong b, jlong id, jlong tree) {
  TSNode n;
  n.context[0] = (uint32_t) ((uint64_t) a & 0xffffffffu);
  n.context[1] = (uint32_t) ((uint64_t) a >> 32);
  n.context[2] = (uint32_t) ((uint64_t) b & 0xffffffffu);
  n.context[3] = (uint32_t) ((uint64_t) b >> 32);
  n.id = (const void *) (intptr_t) id;
  n.tree = (const TSTree *) (intptr_t) tree;
  return n;
}

static void pack(TSNode n, jlong out[4]) {
  out[0] = (jlong) ((uint64_t) n.context[0] | ((uint64_t) n.context[1] << 32));
  out[1] = (jlong) ((uint64_t) n.context[2] | ((uint64_t) n.context[3] << 32));
  out[2] = (jlong) (intptr_t) n.id;
  out[3] = (jlong) (intptr_t) n.tree;
}

/* Writes the node into out[0..3]; false for a null node. */
static jboolean give(JNIEnv *env, TSNode n, jlongArray out) {
  if (ts_node_is_null(n)) {
    return JNI_FALSE;
  }
  jlong packed[4];
  pack(n, packed);
  (*env)->SetLongArrayRegion(env, out, 0, 4, packed);
  return JNI_TRUE;
}

JNIEXPORT jint JNICALL Java_dev_rta_analyzer_NativeRust_abiVersion(JNIEnv *env, jclass c) {
  return (jint) ts_language_abi_version(tree_sitter_rust());
}

JNIEXPORT jobjectArray JNICALL Java_dev_rta_analyzer_NativeRust_symbolNames(JNIEnv *env, jclass c) {
  const TSLanguage *lang = tree_sitter_rust();
  uint32_t count = ts_language_symbol_count(lang);
  jobjectArray out = (*env)->NewObjectArray(env, (jsize) count, (*env)->FindClass(env, "java/lang/String"), NULL);
  for (uint32_t i = 0; i < count; i++) {
    const char *name = ts_language_symbol_name(lang, (TSSymbol) i);
    if (name != NULL) {
      (*env)->SetObjectArrayElement(env, out, (jsize) i, (*env)->NewStringUTF(env, name));
    }
  }
  return out;
}

JNIEXPORT jint JNICALL Java_dev_rta_analyzer_NativeRust_fieldId(JNIEnv *env, jclass c, jstring name) {
  const char *s = (*env)->GetStringUTFChars(env, name, NULL);
  jsize len = (*env)->GetStringUTFLength(env, name);
  TSFieldId id = ts_language_field_id_for_name(tree_sitter_rust(), s, (uint32_t) len);
  (*env)->ReleaseStringUTFChars(env, name, s);
  return (jint) id;
}

JNIEXPORT jlong JNICALL Java_dev_rta_analyzer_NativeRust_parserNew(JNIEnv *env, jclass c) {
  TSParser *p = ts_parser_new();
  if (!ts_parser_set_language(p, tree_sitter_rust())) {
    ts_parser_delete(p);
    return 0;
  }
  return (jlong) (intptr_t) p;
}

JNIEXPORT void JNICALL Java_dev_rta_analyzer_NativeRust_parserDelete(JNIEnv *env, jclass c, jlong parser) {
  ts_parser_delete((TSParser *) (intptr_t) parser);
}

/* ranges: six ints per range (start row, start column, end row, end column, start byte, end byte); empty = all. */
JNIEXPORT jlong JNICALL Java_dev_rta_analyzer_NativeRust_parse(JNIEnv *env, jclass c, jlong parser, jbyteArray src,
    jintArray ranges) {
  TSParser *p = (TSParser *) (intptr_t) parser;
  jsize n = (*env)->GetArrayLength(env, ranges) / 6;
  TSRange *included = NULL;
  if (n > 0) {
    jint *r = (*env)->GetIntArrayElements(env, ranges, NULL);
    included = malloc(sizeof(TSRange) * (size_t) n);
    for (jsize i = 0; i < n; i++) {
      included[i].start_point.row = (uint32_t) r[6 * i];
      included[i].start_point.column = (uint32_t) r[6 * i + 1];
      included[i].end_point.row = (uint32_t) r[6 * i + 2];
      included[i].end_point.column = (uint32_t) r[6 * i + 3];
      included[i].start_byte = (uint32_t) r[6 * i + 4];
      included[i].end_byte = (uint32_t) r[6 * i + 5];
    }
    (*env)->ReleaseIntArrayElements(env, ranges, r, JNI_ABORT);
  }
  if (!ts_parser_set_included_ranges(p, included, (uint32_t) n)) {
    ts_parser_set_included_ranges(p, NULL, 0);
  }
  free(included);
  jsize len = (*env)->GetArrayLength(env, src);
  jbyte *bytes = (*env)->GetByteArrayElements(env, src, NULL);
  TSTree *tree = ts_parser_parse_string(p, NULL, (const char *) bytes, (uint32_t) len);
  (*env)->ReleaseByteArrayElements(env, src, bytes, JNI_ABORT);
  return (jlong) (intptr_t) tree;
}

JNIEXPORT void JNICALL Java_dev_rta_analyzer_NativeRust_treeDelete(JNIEnv *env, jclass c, jlong tree) {
  ts_tree_delete((TSTree *) (intptr_t) tree);
}

JNIEXPORT jboolean JNICALL Java_dev_rta_analyzer_NativeRust_root(JNIEnv *env, jclass c, jlong tree, jlongArray out) {
  return give(env, ts_tree_root_node((const TSTree *) (intptr_t) tree), out);
}

/* Returns the query, or 0 with errorOut[0] = byte offset and errorOut[1] = TSQueryError. */
JNIEXPORT jlong JNICALL Java_dev_rta_analyzer_NativeRust_queryNew(JNIEnv *env, jclass c, jbyteArray source,
    jintArray errorOut) {
  jsize len = (*env)->GetArrayLength(env, source);
  jbyte *s = (*env)->GetByteArrayElements(env, source, NULL);
  uint32_t offset = 0;
  TSQueryError error = TSQueryErrorNone;
  TSQuery *q = ts_query_new(tree_sitter_rust(), (const char *) s, (uint32_t) len, &offset, &error);
  (*env)->ReleaseByteArrayElements(env, source, s, JNI_ABORT);
  jint err[2] = {(jint) offset, (jint) error};
  (*env)->SetIntArrayRegion(env, errorOut, 0, 2, err);
  return (jlong) (intptr_t) q;
}

JNIEXPORT jstring JNICALL Java_dev_rta_analyzer_NativeRust_captureName(JNIEnv *env, jclass c, jlong query, jint index) {
  uint32_t len = 0;
  const char *name = ts_query_capture_name_for_id((const TSQuery *) (intptr_t) query, (uint32_t) index, &len);
  return (*env)->NewStringUTF(env, name);
}

JNIEXPORT jint JNICALL Java_dev_rta_analyzer_NativeRust_captureCount(JNIEnv *env, jclass c, jlong query) {
  return (jint) ts_query_capture_count((const TSQuery *) (intptr_t) query);
}

/*
 * Every match of the query over the tree, flattened: pattern index, capture count, then per capture its index and
 * the node's four longs.
 */
JNIEXPORT jlongArray JNICALL Java_dev_rta_analyzer_NativeRust_matches(JNIEnv *env, jclass c, jlong query, jlong tree) {
  TSQueryCursor *cursor = ts_query_cursor_new();
  ts_query_cursor_exec(cursor, (const TSQuery *) (intptr_t) query, ts_tree_root_node((const TSTree *) (intptr_t) tree));
  size_t cap = 1024;
  size_t size = 0;
  jlong *buf = malloc(sizeof(jlong) * cap);
  TSQueryMatch m;
  while (ts_query_cursor_next_match(cursor, &m)) {
    size_t need = size + 2 + (size_t) m.capture_count * 5;
    if (need > cap) {
      while (need > cap) {
        cap *= 2;
      }
      buf = realloc(buf, sizeof(jlong) * cap);
    }
    buf[size++] = m.pattern_index;
    buf[size++] = m.capture_count;
    for (uint16_t i = 0; i < m.capture_count; i++) {
      buf[size++] = m.captures[i].index;
      pack(m.captures[i].node, buf + size);
      size += 4;
    }
  }
  ts_query_cursor_delete(cursor);
  jlongArray out = (*env)->NewLongArray(env, (jsize) size);
  (*env)->SetLongArrayRegion(env, out, 0, (jsize) size, buf);
  free(buf);
  return out;
}

JNIEXPORT jint JNICALL Java_dev_rta_analyzer_NativeRust_symbol(JNIEnv *env, jclass c, jlong a, jlong b, jlong id,
    jlong tree) {
  return (jint) ts_node_symbol(node_of(a, b, id, tree));
}

JNIEXPORT jint JNICALL Java_dev_rta_analyzer_NativeRust_endByte(JNIEnv *env, jclass c, jlong a, jlong b, jlong id,
    jlong tree) {
  return (jint) ts_node_end_byte(node_of(a, b, id, tree));
}

JNIEXPORT jboolean JNICALL Java_dev_rta_analyzer_NativeRust_hasError(JNIEnv *env, jclass c, jlong a, jlong b, jlong id,
    jlong tree) {
  return ts_node_has_error(node_of(a, b, id, tree)) ? JNI_TRUE : JNI_FALSE;
}

JNIEXPORT jboolean JNICALL Java_dev_rta_analyzer_NativeRust_parent(JNIEnv *env, jclass c, jlong a, jlong b, jlong id,
    jlong tree, jlongArray out) {
  return give(env, ts_node_parent(node_of(a, b, id, tree)), out);
}

JNIEXPORT jboolean JNICALL Java_dev_rta_analyzer_NativeRust_prevSibling(JNIEnv *env, jclass c, jlong a, jlong b,
    jlong id, jlong tree, jlongArray out) {
  return give(env, ts_node_prev_sibling(node_of(a, b, id, tree)), out);
}

JNIEXPORT jboolean JNICALL Java_dev_rta_analyzer_NativeRust_childByField(JNIEnv *env, jclass c, jlong a, jlong b,
    jlong id, jlong tree, jint field, jlongArray out) {
  return give(env, ts_node_child_by_field_id(node_of(a, b, id, tree), (TSFieldId) field), out);
}

JNIEXPORT jint JNICALL Java_dev_rta_analyzer_NativeRust_childCount(JNIEnv *env, jclass c, jlong a, jlong b, jlong id,
    jlong tree) {
  return (jint) ts_node_child_count(node_of(a, b, id, tree));
}

JNIEXPORT jboolean JNICALL Java_dev_rta_analyzer_NativeRust_child(JNIEnv *env, jclass c, jlong a, jlong b, jlong id,
    jlong tree, jint index, jlongArray out) {
  return give(env, ts_node_child(node_of(a, b, id, tree), (uint32_t) index), out);
}

JNIEXPORT void JNICALL Java_dev_rta_analyzer_NativeRust_queryDelete(JNIEnv *env, jclass c, jlong query) {
  ts_query_delete((TSQuery *) (intptr_t) query);
}
