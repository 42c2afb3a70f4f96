using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.Crew;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Export;

namespace Skipper.Web.Modules.Plans.Export;

/// <summary>The whole plan, every part, as the person sees it on /min-plan.</summary>
internal sealed class PlanExportSection(PlanDoor door, PlanQuery query) : IExportSection
{
    public string Name => "plan";

    public async Task<object?> ReadAsync(ExportSubject subject, CancellationToken cancellationToken)
    {
        var opened = await door.OpenOwnAsync(subject.User, PersonOperation.Read);
        return opened.IsOpen && opened.PersonId == subject.PersonId ? await query.ReadAsync(opened) : null;
    }
}

/// <summary>The crew: every care relation (ended ones too) and every share with a relative (withdrawn ones too).</summary>
internal sealed class CrewExportSection(CrewQuery query) : IExportSection
{
    public string Name => "crew";

    public async Task<object?> ReadAsync(ExportSubject subject, CancellationToken cancellationToken) =>
        await query.ReadAsync(subject.PersonId, includeEndedRelations: true);
}
