// Bytecode objects (BCOs): the code of one function or thunk, with its
// constants. A module's bytecode is its BCOs plus the top-level bindings
// that name some of them. Nothing here points into the runtime: constants
// name globals and constructors, and the runtime links them (interp/linker.h).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "bytecode/code_words.h"
#include "bytecode/debug_info.h"
#include "bytecode/opcodes.h"
#include "ccs/cost_centre.h"
#include "bytecode/stg.h"

namespace bc {

struct Constant {
  enum class Kind : uint8_t {
    Global,     // a top-level binding, by name ("Prelude.map")
    Con,        // a nullary constructor's (static) value
    ConInfo,    // the info of a constructor with fields (for MAKE/ALLOC)
    Code,       // the info of BCO `index` of this module (for MAKE/ALLOC)
    StaticFun,  // a function closure of BCO `index` without free variables
    CostCentre, // the module's cost centre `index` (for PUSH_CENTER)
    Int, Integer, Double, Float, Char, String,
    BreakArray, // the break array of module breakModules[index] (for BRK_FUN); null when it has none
  };
  Kind kind = Kind::Int;
  int64_t i = 0;              // Int, Char
  double d = 0;               // Double, Float
  std::string text;           // Global name; Integer digits; String bytes
  const DataCon* con = nullptr;  // Con, ConInfo
  uint32_t index = 0;         // Code, StaticFun, CostCentre, BreakArray
  friend bool operator==(const Constant&, const Constant&) = default;
};

struct Bco {
  std::string name;           // the binding it comes from ("Main.main", "Main.f.go")
  bool thunk = false;         // a thunk (updatable, no parameters) or a function
  uint32_t arity = 0;         // functions: number of parameters (slots 0 .. arity-1)
  uint32_t numFree = 0;       // payload words of its closures
  uint32_t frameSize = 0;     // local slots of an activation (>= arity, >= numFree for thunks)
  CodeWords code;
  std::vector<Constant> consts;
  // Filled by the generator; objects keep it in debug sections read on
  // demand, so a Bco read from an object has it empty (see LoadedObject).
  BcoDebug debug;
};

struct BcoModule {
  std::string name;
  std::vector<Bco> bcos;
  struct Top {
    std::string name;         // "Main.main"
    uint32_t bco = 0;         // its code: a function (arity > 0) or a CAF
  };
  std::vector<Top> tops;
  std::vector<const DataCon*> constructors;
  // Its cost centres, when compiled with them: [0] is the module's CAF
  // centre, under which its top-level thunks run; PUSH_CENTER names the
  // others. Empty without cost-centre stacks (--no-ccs).
  std::vector<ccs::CostCentre> costCentres;
  // Its breakpoint sites, when compiled with them (the desugarer's
  // table); objects keep them in .lz.breaks, read on demand (readBreakSites).
  std::vector<BreakSite> breakSites;
  uint32_t breakSiteCount = 0;  // breakSites.size(), known without reading .lz.breaks
  // The per-object module table of BRK_FUN: the modules whose break sites
  // its code holds (itself, and those inlined into it), bound by name to
  // their break arrays when linked.
  std::vector<std::string> breakModules;
};

// Generates the bytecode of an STG module; with costCentres, its cost
// centres too (the CAF centre and one per PUSH_CENTER), and, with
// captureFunctions as well, CAPTUREs of function references (Note [Captured
// function references] in bytecode/codegen.cpp; for the modules that have
// cost centres of their own).
BcoModule generateBytecode(const StgModule& m, bool costCentres = false, bool captureFunctions = false);

// `lazuli dump bytecode`: every BCO, one instruction per line.
std::string disassemble(const BcoModule& m);

// The length in words of the instruction at `code[pc]` (opcode included),
// or 0 if it is malformed (unknown opcode, operands past the end).
uint32_t instructionLength(const CodeWords& code, uint32_t pc);

}  // namespace bc
