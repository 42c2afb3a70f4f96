using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Platform.Auditing.Verify;

public sealed record ChainReport(Guid TenantId, string TenantName, long Events, long? FirstBrokenSequence, Guid? FirstBrokenId, string? Problem)
{
    public bool IsIntact => FirstBrokenSequence is null;
}

/// <summary>Recomputes every municipality's hash chain and names the first event that does not fit.</summary>
public sealed class AuditVerifier(AppDbContext db)
{
    public async Task<IReadOnlyList<ChainReport>> VerifyAllAsync(CancellationToken cancellationToken = default)
    {
        var reports = new List<ChainReport>();
        foreach (var tenant in await db.Tenants.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken))
        {
            reports.Add(await VerifyAsync(tenant.Id, tenant.Name, cancellationToken));
        }
        return reports;
    }

    private async Task<ChainReport> VerifyAsync(Guid tenantId, string name, CancellationToken cancellationToken)
    {
        var subjects = (await db.AuditSubjects.IgnoreQueryFilters().AsNoTracking().Where(s => s.TenantId == tenantId).ToListAsync(cancellationToken))
            .ToLookup(s => s.Sequence, s => s.PersonId.ToString("N"));
        var previous = AuditChain.Genesis;
        long expected = 1;
        await foreach (var e in db.AuditEvents.IgnoreQueryFilters().AsNoTracking()
                           .Where(e => e.TenantId == tenantId).OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var problem = e.Sequence != expected ? $"event {expected} is missing"
                : e.PreviousHash != previous ? "does not point to the event before it"
                : AuditChain.HashOf(e) != e.Hash ? "its content was changed after it was written"
                : !SameSubjects(e, subjects[e.Sequence]) ? "the persons it names were changed"
                : null;
            if (problem is not null)
            {
                return new ChainReport(tenantId, name, expected - 1, e.Sequence, e.Id, problem);
            }
            previous = e.Hash;
            expected++;
        }
        var dangling = subjects.Select(g => g.Key).Where(sequence => sequence >= expected).DefaultIfEmpty().Min();
        return dangling > 0
            ? new ChainReport(tenantId, name, expected - 1, dangling, null, "index rows name an event that does not exist")
            : new ChainReport(tenantId, name, expected - 1, null, null, null);
    }

    private static bool SameSubjects(AuditEvent e, IEnumerable<string> indexed) =>
        e.Subjects.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order().SequenceEqual(indexed.Order());
}
