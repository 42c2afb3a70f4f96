using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Auditing.AccessLog;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Platform.Export;

internal sealed record PersonExport(Guid PersonId, string Name, string? Email, string? Department, string Municipality, DateTimeOffset CreatedAt);

/// <summary>Who the export is about: the person, their account's e-mail, department and municipality.</summary>
internal sealed class PersonExportSection(AppDbContext db) : IExportSection
{
    public string Name => "person";

    public async Task<object?> ReadAsync(ExportSubject subject, CancellationToken cancellationToken)
    {
        var person = await db.Persons.AsNoTracking().FirstAsync(p => p.Id == subject.PersonId, cancellationToken);
        var email = await db.Users.AsNoTracking().Where(u => u.Id == person.UserId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
        var department = await db.Departments.AsNoTracking().Where(d => d.Id == person.DepartmentId).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken);
        var municipality = await db.Tenants.AsNoTracking().Where(t => t.Id == person.TenantId).Select(t => t.Name).FirstAsync(cancellationToken);
        return new PersonExport(person.Id, person.DisplayName, email, department, municipality, person.CreatedAt);
    }
}

/// <summary>"Hvem har sett mine data?": the whole access log, not only the newest entries the page shows.</summary>
internal sealed class AccessLogExportSection(AccessLogQuery query) : IExportSection
{
    public string Name => "accessLog";

    public async Task<object?> ReadAsync(ExportSubject subject, CancellationToken cancellationToken) =>
        await query.ForPersonAsync(subject.User, limit: null) ?? [];
}
