// libFuzzer target: the whole front end on arbitrary bytes: parse, rename,
// kind-check and type-check a module against a small Prelude kept in memory.
// Build and run: see README.md, "Fuzzing".
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/diagnostic.h"
#include "core/kinds.h"
#include "core/parser.h"
#include "core/renamer.h"
#include "core/source_file.h"
#include "core/typecheck.h"

namespace {

constexpr const char* kPrelude = R"(module Prelude where
data Int
data Integer
data Double
data Char
data IO a
data Bool = False | True
data Maybe a = Nothing | Just a
type String = [Char]
infixl 6 +
infix 4 ==
class Eq a where
  (==) :: a -> a -> Bool
class Eq a => Num a where
  (+) :: a -> a -> a
  fromInteger :: Integer -> a
class Num a => Fractional a where
  fromRational :: Double -> a
class Show a where
  show :: a -> String
class Monad m where
  (>>=) :: m a -> (a -> m b) -> m b
  return :: a -> m a
class Enum a where
  succ :: a -> a
instance Eq Int where
  x == y = True
instance Num Int where
  x + y = x
  fromInteger n = fromInteger n
instance Eq Integer where
  x == y = True
instance Num Integer where
  x + y = x
  fromInteger n = n
instance Show Int where
  show _ = "i"
instance Show a => Show [a] where
  show _ = "l"
instance Monad IO where
  m >>= k = m >>= k
  return x = return x
putStrLn :: String -> IO ()
putStrLn s = putStrLn s
map f [] = []
map f (x:xs) = f x : map f xs
)";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  core::AstArena arena;
  core::EntityTable entities;
  core::DiagnosticSink sink;
  core::SourceFile prelude = core::makeSourceFile("Prelude.hs", kPrelude);
  core::Module* p = core::parseFile(prelude, arena, sink, /*resolveFixity=*/false);
  if (p == nullptr) __builtin_trap();  // the fixed Prelude must always parse
  core::Renamer renamer(entities);
  if (!renamer.renameModule(*p, arena, sink)) __builtin_trap();

  std::string text(reinterpret_cast<const char*>(data), size);
  core::SourceFile file = core::makeSourceFile("Fuzz.hs", std::move(text));
  core::Module* m = core::parseFile(file, arena, sink, /*resolveFixity=*/false);
  if (m == nullptr || !renamer.renameModule(*m, arena, sink)) return 0;
  core::KindArena kindArena;
  core::KindChecker kinds(kindArena);
  if (!kinds.checkModule(*p, sink) || !kinds.checkModule(*m, sink)) return 0;
  absl::flat_hash_map<std::string, const core::Entity*> syntax = renamer.builtinTypes();
  core::TyArena types(syntax);
  core::TypeChecker checker(renamer, types);
  checker.checkModules({p, m}, sink);
  for (const core::Diagnostic& d : sink.diagnostics()) (void)core::renderDiagnostic(d, &file);
  return 0;
}
