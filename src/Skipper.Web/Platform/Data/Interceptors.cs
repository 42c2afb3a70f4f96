using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Skipper.Web.Platform.Tenancy;

namespace Skipper.Web.Platform.Data;

/// <summary>
/// Stamps new tenant-owned rows with the request's tenant, and refuses any write to another tenant's row.
/// Seeding sets TenantId itself and runs without a request tenant.
/// </summary>
internal sealed class TenantStampInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Stamp(DbContext? context)
    {
        if (context is not AppDbContext db)
        {
            return;
        }
        var current = db.CurrentTenantId;
        foreach (var entry in db.ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State == EntityState.Added && entry.Entity.TenantId == Guid.Empty)
            {
                entry.Entity.TenantId = current != Guid.Empty
                    ? current
                    : throw new InvalidOperationException("A tenant-owned row was added without a tenant.");
            }
            else if ((entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                     && current != Guid.Empty && entry.Entity.TenantId != current)
            {
                throw new InvalidOperationException("A write crossed tenants.");
            }
        }
    }
}

/// <summary>
/// How Skipper uses SQLite connections. synchronous is a per-connection setting: it is set to FULL on every
/// physical connection so an answered write survives a kill (pooled connections keep it, so each native
/// handle is set up once). And a context keeps its connection until it is disposed (see ConnectionClosing).
/// </summary>
internal sealed class SqliteConnectionInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000;";
    private readonly ConditionalWeakTable<object, object> configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Keeps the context's connection open once EF has opened it, until the context is disposed: a page
    /// that runs several queries takes one connection from the pool instead of one per query.
    /// </summary>
    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(InterceptionResult.Suppress());

    private bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || configured.TryAdd(handle, handle);
}
