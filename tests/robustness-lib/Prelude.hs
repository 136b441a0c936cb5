-- An empty Prelude: the robustness inputs must not depend on the real library.
module Prelude where
