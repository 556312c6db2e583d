#include "workerteam.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define EDGEFRONT_PAUSE() _mm_pause()
#else
#define EDGEFRONT_PAUSE() std::this_thread::yield()
#endif

namespace edgefront {

namespace {

// About 20-50 microseconds of pause instructions before sleeping.
constexpr int kSpins = 4000;

template <typename T, typename Done>
void spinThenWait(const std::atomic<T> &value, T old, Done done)
{
    for (int i = 0; i < kSpins; ++i) {
        if (done())
            return;
        EDGEFRONT_PAUSE();
    }
    while (!done())
        value.wait(old, std::memory_order_acquire);
}

} // namespace

WorkerTeam::WorkerTeam(int size)
{
    for (int member = 1; member < size; ++member)
        m_threads.emplace_back([this, member] { memberLoop(member); });
}

WorkerTeam::~WorkerTeam()
{
    m_stopping = true;
    m_generation.fetch_add(1, std::memory_order_release);
    m_generation.notify_all();
    for (std::thread &t : m_threads)
        t.join();
}

void WorkerTeam::run(const std::function<void(int)> &task)
{
    if (m_threads.empty()) {
        task(0);
        return;
    }
    m_task = &task;
    m_pending.store(int(m_threads.size()), std::memory_order_relaxed);
    m_generation.fetch_add(1, std::memory_order_release);
    m_generation.notify_all();
    task(0);
    int left = m_pending.load(std::memory_order_acquire);
    while (left != 0) {
        spinThenWait(m_pending, left, [&] { return m_pending.load(std::memory_order_acquire) != left; });
        left = m_pending.load(std::memory_order_acquire);
    }
    m_task = nullptr;
}

void WorkerTeam::memberLoop(int member)
{
    unsigned seen = 0;
    for (;;) {
        spinThenWait(m_generation, seen, [&] { return m_generation.load(std::memory_order_acquire) != seen; });
        seen = m_generation.load(std::memory_order_acquire);
        if (m_stopping)
            return;
        (*m_task)(member);
        if (m_pending.fetch_sub(1, std::memory_order_acq_rel) == 1)
            m_pending.notify_one();
    }
}

} // namespace edgefront
