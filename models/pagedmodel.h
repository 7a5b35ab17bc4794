#pragma once

#include "connection/result.h"
#include "connection/whendone.h"

#include <QAbstractTableModel>
#include <QFuture>

namespace usher {

/// A table read from a backend a page at a time as the view scrolls (fetchMore), for lists
/// of moderate size (groups, a group's members). Only the latest request counts: a refresh
/// or a new filter makes answers still on their way stale, and they are dropped.
/// Subclasses hold the rows and say how a page is asked for.
class PagedModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

    /// Reads the rows again from the first page, as many as are loaded now (so a view keeps
    /// its place), replacing them in one reset when they arrive.
    void refresh();
    /// Rows matching, loaded or not; -1 until the first page arrived.
    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_loading; }

    static constexpr int pageSize = 200;

signals:
    void loadingChanged(bool loading);
    void errorOccurred(const QString& message);
    /// The first page after refresh() has replaced the rows.
    void reloaded();

protected:
    /// Starts reading rows [offset, offset + limit) and hands the future to take().
    virtual void requestPage(int offset, int limit) = 0;
    /// The number of rows held.
    virtual int heldRows() const = 0;
    /// Replaces the rows held by `page` (refresh) or appends it (fetchMore).
    virtual void replaceRows(const QVariant& page) = 0;
    virtual void appendRows(const QVariant& page) = 0;

    /// Delivers a page's answer, unless a later request has made it stale. `Page` has `rows`
    /// and `total`; it travels as a QVariant so this class needs no template.
    template<typename Page>
    void take(QFuture<Result<Page>> future);

    /// Empties the model at once (for a new filter) and reads the first page.
    void restart();

private:
    void request(int offset, int limit, bool replacing);
    void arrived(quint64 generation, bool replacing, const QString& error, qint64 total, int count,
                 const QVariant& page);
    Latest m_generation;
    qint64 m_total = -1;
    bool m_loading = false;
    bool m_replacing = false;
};

} // namespace usher

namespace usher {

template<typename Page>
void PagedModel::take(QFuture<Result<Page>> future)
{
    const quint64 generation = m_generation.current();
    const bool replacing = m_replacing;
    whenDone(future, this, [this, generation, replacing](const Result<Page>& result) {
        if (!result.ok()) {
            arrived(generation, replacing, result.error().message, 0, 0, {});
            return;
        }
        arrived(generation, replacing, {}, result.value().total, int(result.value().rows.size()),
                QVariant::fromValue(result.value()));
    });
}

} // namespace usher
