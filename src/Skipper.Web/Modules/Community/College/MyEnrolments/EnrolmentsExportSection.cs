using Skipper.Web.Platform.Export;
using Skipper.Web.Platform.Identity;

namespace Skipper.Web.Modules.Community.College.MyEnrolments;

/// <summary>The person's recovery-college enrolments in their export, cancelled ones included.</summary>
internal sealed class EnrolmentsExportSection(MyEnrolmentsQuery query) : IExportSection
{
    public string Name => "enrolments";

    public async Task<object?> ReadAsync(ExportSubject subject, CancellationToken cancellationToken) =>
        subject.User.UserId() is { } account ? await query.ReadAsync(account, cancellationToken) : null;
}
