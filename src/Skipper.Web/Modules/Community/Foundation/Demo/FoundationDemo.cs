using Skipper.Web.Modules.Community.Foundation.Data;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Community.Foundation.Demo;

/// <summary>Two organisations (made up for the demo) endorse the value foundation; a third has asked and waits for the administrator.</summary>
internal static class FoundationDemo
{
    public static void Add(AppDbContext db, Guid tenantId, Guid adminId, DateTimeOffset now)
    {
        db.Add(Approved(tenantId, adminId, "Brukerforeningen Fyrlykta", "Kari Nordvik", "post@fyrlykta.example", now.AddDays(-120)));
        db.Add(Approved(tenantId, adminId, "Pårørendenettverket Ankerfestet", "Ola Strand", "kontakt@ankerfestet.example", now.AddDays(-30)));
        db.Add(new EndorsementRequest
        {
            TenantId = tenantId,
            Id = Guid.NewGuid(),
            OrganisationName = "Turlaget Medvind",
            ContactPerson = "Sindre Berg",
            Email = "styret@medvind.example",
            Message = "Vi arrangerer turer for alle, også for dem som får hjelp for psykisk helse eller rus, og vil gjerne stå bak verdiene.",
            RequestedAt = now.AddDays(-3),
            Status = EndorsementStatus.Requested,
            Version = 1,
        });
    }

    private static EndorsementRequest Approved(Guid tenantId, Guid adminId, string name, string contact, string email, DateTimeOffset decidedAt) =>
        new()
        {
            TenantId = tenantId,
            Id = Guid.NewGuid(),
            OrganisationName = name,
            ContactPerson = contact,
            Email = email,
            RequestedAt = decidedAt.AddDays(-5),
            Status = EndorsementStatus.Approved,
            DecidedBy = adminId,
            DecidedAt = decidedAt,
            Version = 2,
        };
}
