package dev.rta.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module declarations rta follows, and the files rustc's rules make of them. */
class ModuleTreeTest {
  @TempDir Path dir;

  static List<ModuleTree.Decl> declarations(String source) {
    return ModuleTree.declarations(RelevantItems.Tokens.lex(source.getBytes(StandardCharsets.UTF_8)));
  }

  static ModuleTree.Module module(List<String> inline, String name, List<String> paths, boolean onlyPath) {
    return new ModuleTree.Module(inline, name, paths, onlyPath);
  }

  Path touch(String relative) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "");
    return p;
  }

  /** The children as "file (module dir)", relative to the temp dir. */
  List<String> resolve(ModuleTree.Decl d, String file, String moduleDir) {
    return ModuleTree.resolve(d, dir.resolve(file), dir.resolve(moduleDir)).stream()
        .map(c -> dir.relativize(c.file().normalize()) + " (" + dir.relativize(c.moduleDir().normalize()) + ")")
        .toList();
  }

  @Test
  void findsOutOfLineModulesWithVisibilityAttributesAndInlineParents() {
    assertThat(declarations("""
        mod a;
        pub(crate) mod b;
        #[cfg(test)]
        /// docs
        pub mod c;
        mod inline {
            fn f() { let x = { 1 }; }
            mod deep;
            #[path = "p.rs"] mod q;
        }
        mod after;
        """)).containsExactly(
        module(List.of(), "a", List.of(), false),
        module(List.of(), "b", List.of(), false),
        module(List.of(), "c", List.of(), false),
        module(List.of("inline"), "deep", List.of(), false),
        module(List.of("inline"), "q", List.of("p.rs"), true),
        module(List.of(), "after", List.of(), false));
  }

  @Test
  void readsPathAttributesPlainConditionalAndRaw() {
    assertThat(declarations("""
        #[path = "x/y.rs"] mod m;
        #[cfg_attr(windows, path = "win.rs")] #[cfg_attr(unix, path = "unix.rs")] mod sys;
        #[path = r"raw.rs"] mod r;
        #[path = "thread_files"] mod thread { #[path = "tls.rs"] mod state; }
        """)).containsExactly(
        module(List.of(), "m", List.of("x/y.rs"), true),
        module(List.of(), "sys", List.of("unix.rs", "win.rs"), false),
        module(List.of(), "r", List.of("raw.rs"), true),
        module(List.of("thread_files"), "state", List.of("tls.rs"), true));
  }

  @Test
  void declarationsInMacroBodiesCountCommentsStringsAndMacroPatternsDoNot() {
    assertThat(declarations("""
        // mod commented;
        /* mod blocked; */
        const S: &str = "mod quoted;";
        macro_rules! m { ($n:ident) => { mod $n; } }
        cfg_if::cfg_if! {
            if #[cfg(unix)] { mod unix; } else { mod windows; }
        }
        include!("generated.rs");
        include!(concat!(env!("OUT_DIR"), "/gen.rs"));
        """)).containsExactly(
        module(List.of(), "unix", List.of(), false),
        module(List.of(), "windows", List.of(), false),
        new ModuleTree.Include("generated.rs"));
  }

  @Test
  void aRootOrModRsLooksBesideItselfAnyOtherFileInADirectoryOfItsName() throws IOException {
    touch("src/net.rs");
    touch("src/net/wire.rs");
    touch("src/util/mod.rs");
    ModuleTree.Module net = module(List.of(), "net", List.of(), false);
    assertThat(resolve(net, "src/lib.rs", "src")).containsExactly("src/net.rs (src/net)");
    assertThat(resolve(module(List.of(), "util", List.of(), false), "src/lib.rs", "src"))
        .containsExactly("src/util/mod.rs (src/util)");
    assertThat(resolve(module(List.of(), "wire", List.of(), false), "src/net.rs", "src/net"))
        .containsExactly("src/net/wire.rs (src/net/wire)");
    assertThat(resolve(module(List.of(), "absent", List.of(), false), "src/lib.rs", "src")).isEmpty();
  }

  @Test
  void pathAttributesAreRelativeToTheFileOrInsideInlineModulesToTheModuleDirectory() throws IOException {
    touch("src/a/foo.rs");
    touch("src/a/b/inline/other.rs");
    touch("src/sys/unix.rs");
    touch("src/sys.rs");
    // #[path = "foo.rs"] mod c; in src/a/b.rs: beside the file; the file is a mod.rs for its children
    assertThat(resolve(module(List.of(), "c", List.of("foo.rs"), true), "src/a/b.rs", "src/a/b"))
        .containsExactly("src/a/foo.rs (src/a)");
    // mod inline { #[path = "other.rs"] mod inner; } in src/a/b.rs
    assertThat(resolve(module(List.of("inline"), "inner", List.of("other.rs"), true), "src/a/b.rs", "src/a/b"))
        .containsExactly("src/a/b/inline/other.rs (src/a/b/inline)");
    // a cfg_attr path adds to the default
    assertThat(resolve(module(List.of(), "sys", List.of("sys/unix.rs"), false), "src/lib.rs", "src"))
        .containsExactly("src/sys/unix.rs (src/sys)", "src/sys.rs (src/sys)");
    assertThat(resolve(new ModuleTree.Include("a/foo.rs"), "src/lib.rs", "src")).containsExactly("src/a/foo.rs (src)");
  }
}
