using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Platform.Auditing;

/// <summary>
/// Appends audit events in batches: requests that arrive together share one transaction and one commit,
/// and each request's task completes only after that commit. One writer per process keeps each
/// municipality's chain in order.
/// </summary>
internal sealed class AuditWriter(IServiceScopeFactory scopes, ILogger<AuditWriter> logger) : BackgroundService
{
    private const int MaxBatch = 512;
    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    private sealed record Pending(AuditEvent Event, TaskCompletionSource Done);

    private sealed record Head(long Sequence, string Hash);

    // Compiled: it runs once per municipality in every batch.
    private static readonly CompiledPerModel<Func<AppDbContext, Guid, Task<Head?>>> ChainHead = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, Guid tenantId) => db.AuditEvents.IgnoreQueryFilters()
            .Where(e => e.TenantId == tenantId)
            .OrderByDescending(e => e.Sequence)
            .Select(e => new Head(e.Sequence, e.Hash))
            .FirstOrDefault()));

    public Task AppendAsync(AuditEvent draft, CancellationToken cancellationToken)
    {
        var pending = new Pending(draft, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The audit trail is closed.");
        }
        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }
            try
            {
                await CommitAsync(batch);
                batch.ForEach(p => p.Done.TrySetResult());
            }
            catch (Exception ex)
            {
                // The requests fail rather than answer without their audit event.
                logger.LogError(ex, "Could not append {Count} audit events", batch.Count);
                batch.ForEach(p => p.Done.TrySetException(ex));
            }
            batch.Clear();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private async Task CommitAsync(List<Pending> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var tenant in batch.GroupBy(p => p.Event.TenantId))
        {
            var last = await ChainHead.For(db)(db, tenant.Key);
            var (sequence, previous) = last is null ? (0L, AuditChain.Genesis) : (last.Sequence, last.Hash);
            foreach (var pending in tenant)
            {
                var e = pending.Event;
                e.Sequence = ++sequence;
                e.PreviousHash = previous;
                e.Hash = previous = AuditChain.HashOf(e);
                db.AuditEvents.Add(e);
                foreach (var subject in e.Subjects.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    db.AuditSubjects.Add(new AuditSubject { TenantId = e.TenantId, PersonId = Guid.ParseExact(subject, "N"), Sequence = e.Sequence });
                }
            }
        }
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }
}
