#pragma once
// A fixed team of threads for short, frequent parallel steps (the mini-batch steps of MLP
// training: a few milliseconds each, thousands of them). run(f) calls f(0) on the caller and
// f(1..size-1) on the team's own threads and returns when all are done. Members wait for the
// next step by spinning briefly and then sleeping on an atomic, so a step starts in about a
// microsecond instead of a thread-pool wake-up (tens to hundreds of microseconds), and an
// idle team uses no CPU.

#include <atomic>
#include <functional>
#include <thread>
#include <vector>

namespace edgefront {

class WorkerTeam
{
public:
    explicit WorkerTeam(int size);
    ~WorkerTeam();
    WorkerTeam(const WorkerTeam &) = delete;
    WorkerTeam &operator=(const WorkerTeam &) = delete;

    int size() const { return int(m_threads.size()) + 1; }
    // Runs task(member) for member = 0..size()-1 in parallel; member 0 on the calling thread.
    void run(const std::function<void(int)> &task);

private:
    void memberLoop(int member);

    std::vector<std::thread> m_threads;
    const std::function<void(int)> *m_task = nullptr;
    std::atomic<unsigned> m_generation{0}; // bumped to start a step (and to stop)
    std::atomic<int> m_pending{0};         // members still working on the current step
    bool m_stopping = false;
};

} // namespace edgefront
