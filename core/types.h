// Types as the type checker sees them, with unification and GHC's rendering.
// See Note [Type representation].
#pragma once

#include <deque>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "core/entity.h"

namespace core {

// Note [Type representation]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~
// A type is a type constructor (by its Entity), a binary application, a
// rigid variable (from a signature, or a quantified variable of a scheme), or
// a meta variable that unification may solve. Functions, lists and tuples
// are applications of the built-in constructors (->), [] and (,,...), so one
// unifier handles them all; rendering turns them back into GHC's syntax.
// Meta variables carry the let-nesting level at which they were made, for
// generalisation (a meta of a deeper level than the binding may be
// generalised); solving one lowers the levels of the metas inside its
// solution. Types are immutable except for a meta's solution.

struct Ty {
  enum class Tag { Con, App, Var, Meta };
  Tag tag = Tag::Con;
  const Entity* con = nullptr;            // Con
  const Ty* fun = nullptr;              // App
  const Ty* arg = nullptr;              // App
  std::string name;                       // Var (as written); Meta: a display hint
  mutable const Ty* solution = nullptr; // Meta, once solved
  mutable int level = 0;                  // Meta
  int id = 0;                             // Var, Meta: identity
  // When this node is the expansion of a type synonym application, the
  // synonym and its arguments, so messages can show `String` as written.
  const Entity* synonym = nullptr;
  std::vector<const Ty*> synonymArgs;
};

struct Pred {
  const Entity* cls = nullptr;
  const Ty* type = nullptr;
};

// forall vars. context => body
struct Scheme {
  std::vector<const Ty*> vars;          // Var types
  std::vector<Pred> context;
  const Ty* body = nullptr;
};

class TyArena {
 public:
  // `builtins` maps "->", "[]", "()", "(,)", ... to their entities (the
  // renamer's built-in syntax).
  explicit TyArena(const absl::flat_hash_map<std::string, const Entity*>& builtins)
      : builtins_(builtins) {}

  const Ty* con(const Entity* e);
  const Ty* app(const Ty* f, const Ty* a);
  const Ty* apps(const Ty* f, const std::vector<const Ty*>& args);
  const Ty* var(std::string name);
  const Ty* meta(int level, std::string hint = "t");
  const Ty* fun(const Ty* a, const Ty* b);
  const Ty* list(const Ty* t);
  const Ty* tuple(const std::vector<const Ty*>& ts);
  const Ty* unit();
  const Entity* builtin(const std::string& name) const;
  // A copy of `expansion` that remembers it was written as `syn args`.
  const Ty* synonymOf(const Entity* syn, std::vector<const Ty*> args, const Ty* expansion);

  // Follows solved metas at the top.
  static const Ty* zonk(const Ty* t);
  // Views: the head constructor and arguments of an application spine.
  static const Ty* head(const Ty* t, std::vector<const Ty*>* args = nullptr);
  bool isFun(const Ty* t, const Ty** a = nullptr, const Ty** b = nullptr) const;

  // Makes a and b equal by solving metas. On failure returns false and, when
  // asked, the innermost pair that could not be matched (for GHC's "Couldn't
  // match type ‘X’ with ‘Y’") and whether it failed the occurs check.
  struct Mismatch {
    const Ty* expected = nullptr;
    const Ty* actual = nullptr;
    bool occurs = false;
  };
  bool unify(const Ty* expected, const Ty* actual, Mismatch* why = nullptr);

  // Replaces rigid variables (keeping synonyms as written).
  const Ty* substitute(const Ty* t, const absl::flat_hash_map<const Ty*, const Ty*>& s);

  // Instantiates a scheme with fresh metas at `level`; the instantiated
  // context goes to *preds.
  const Ty* instantiate(const Scheme& s, int level, std::vector<Pred>* preds);

  // GHC's rendering: "(a -> b) -> [a] -> [b]", "Maybe (Maybe Int)", "(Int, Char)".
  std::string render(const Ty* t) const;
  // The same with every synonym expanded ("[Char]" for String).
  std::string renderExpanded(const Ty* t) const;
  // Renders several types with one numbering of their metas (for a message
  // that mentions them together).
  std::vector<std::string> renderAll(const std::vector<const Ty*>& ts) const;
  // "(Num a, Show a) => a -> String"
  std::string render(const Scheme& s) const;
  std::string render(const Pred& p) const;

 private:
  bool occurs(const Ty* meta, const Ty* t) const;
  void adjustLevels(const Ty* t, int level) const;
  std::string renderPrec(const Ty* t, int prec, absl::flat_hash_map<const Ty*, std::string>& metas,
                         bool expand = false) const;

  const absl::flat_hash_map<std::string, const Entity*>& builtins_;
  std::deque<Ty> types_;
  absl::flat_hash_map<const Entity*, const Ty*> cons_;
  int nextId_ = 0;
};

}  // namespace core
