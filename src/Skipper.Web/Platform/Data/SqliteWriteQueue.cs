using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Skipper.Web.Platform.Data;

/// <summary>
/// SQLite lets one transaction write at a time, and a writer that finds the lock taken sleeps and polls
/// (1, 2, 5, 10 ms and longer) until busy_timeout. This queues the process's write transactions instead: each
/// waits without a thread for the one before it to commit or roll back, and starts at once when it has. A
/// transaction that is only disposed gives its turn back when its connection is disposed; a turn not given back
/// within <see cref="MaxWait"/> is skipped (SQLite's own locking still guards the data).
/// </summary>
internal sealed class SqliteWriteQueue : DbTransactionInterceptor, IDbConnectionInterceptor
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly ConditionalWeakTable<DbConnection, object> holders = new();

    public override InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (!holders.TryGetValue(connection, out _) && turn.Wait(MaxWait))
        {
            holders.AddOrUpdate(connection, connection);
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (!holders.TryGetValue(connection, out _) && await turn.WaitAsync(MaxWait, cancellationToken))
        {
            holders.AddOrUpdate(connection, connection);
        }
        return result;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => GiveBack(eventData.Context);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        GiveBackAsync(eventData.Context);

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => GiveBack(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        GiveBackAsync(eventData.Context);

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => GiveBack(eventData.Context);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default) =>
        GiveBackAsync(eventData.Context);

    InterceptionResult IDbConnectionInterceptor.ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        GiveBack(connection);
        return result;
    }

    ValueTask<InterceptionResult> IDbConnectionInterceptor.ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        GiveBack(connection);
        return ValueTask.FromResult(result);
    }

    private Task GiveBackAsync(DbContext? context)
    {
        GiveBack(context);
        return Task.CompletedTask;
    }

    private void GiveBack(DbContext? context)
    {
        if (context is not null)
        {
            GiveBack(context.Database.GetDbConnection());
        }
    }

    private void GiveBack(DbConnection connection)
    {
        if (holders.Remove(connection))
        {
            turn.Release();
        }
    }
}
