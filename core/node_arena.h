// A bump allocator for syntax nodes that live as long as their arena.
//
// Note [Node arenas]
// ~~~~~~~~~~~~~~~~~~
// The front end makes tens of thousands of small nodes per run (the
// standard library alone is about 30,000 syntax nodes and 40,000 Core
// expressions), all freed together. Allocating each with `new` cost a
// third of the desugarer's time in malloc. A NodeArena carves nodes out of
// 64 KiB blocks instead; a node is never freed alone. Nodes with a
// non-trivial destructor (they hold vectors and strings) are destroyed in
// reverse order of creation when the arena goes, so sanitizer builds see
// no leaks. Nodes never move: pointers to them stay valid for the arena's
// lifetime.
#pragma once

#include <cstddef>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace core {

class NodeArena {
 public:
  NodeArena() = default;
  NodeArena(const NodeArena&) = delete;
  NodeArena& operator=(const NodeArena&) = delete;
  ~NodeArena() {
    for (size_t i = dtors_.size(); i-- > 0;) dtors_[i].destroy(dtors_[i].object);
  }

  template <class T, class... Args>
  T* make(Args&&... args) {
    void* p = allocate(sizeof(T), alignof(T));
    T* t = new (p) T(std::forward<Args>(args)...);
    if constexpr (!std::is_trivially_destructible_v<T>)
      dtors_.push_back(Dtor{t, [](void* o) { static_cast<T*>(o)->~T(); }});
    ++count_;
    return t;
  }
  size_t size() const { return count_; }  // nodes made

 private:
  static constexpr size_t kBlockBytes = 64 * 1024;
  void* allocate(size_t bytes, size_t align) {
    size_t at = (used_ + align - 1) & ~(align - 1);
    if (blocks_.empty() || at + bytes > blockBytes_) {
      blockBytes_ = bytes > kBlockBytes ? bytes : kBlockBytes;
      blocks_.emplace_back(new std::max_align_t[(blockBytes_ + sizeof(std::max_align_t) - 1) /
                                                sizeof(std::max_align_t)]);
      at = 0;
    }
    used_ = at + bytes;
    return reinterpret_cast<char*>(blocks_.back().get()) + at;
  }

  struct Dtor {
    void* object;
    void (*destroy)(void*);
  };
  std::vector<std::unique_ptr<std::max_align_t[]>> blocks_;
  size_t blockBytes_ = 0;
  size_t used_ = 0;
  std::vector<Dtor> dtors_;
  size_t count_ = 0;
};

}  // namespace core
