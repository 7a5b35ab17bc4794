#pragma once

#include <atomic>
#include <memory>

namespace usher {

/// Asks long work to stop between its steps. Unlike cancelling a QFuture, which throws its
/// result away, work that honours a StopToken still answers what it did and whom it did not
/// reach, so a Stop never loses the report. Copies share one request; safe across threads.
class StopToken
{
public:
    StopToken() : m_requested(std::make_shared<std::atomic_bool>(false)) { }

    void requestStop() const { m_requested->store(true); }
    bool stopRequested() const { return m_requested->load(); }

private:
    std::shared_ptr<std::atomic_bool> m_requested;
};

} // namespace usher
