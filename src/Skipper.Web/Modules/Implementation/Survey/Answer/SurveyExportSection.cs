using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Implementation.Survey.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Export;
using Skipper.Web.Platform.Input;

namespace Skipper.Web.Modules.Implementation.Survey.Answer;

/// <summary>One survey I was asked, and whether I answered. The answer itself names no one, so it cannot be part of anyone's export.</summary>
public sealed record SurveyInvitationExport(Guid SurveyId, string Title, string State, DateOnly? OpenedOn, bool Answered);

/// <summary>The surveys the person was asked to answer, in their export ("everything Skipper holds about me").</summary>
internal sealed class SurveyExportSection(AppDbContext db) : IExportSection
{
    public string Name => "surveys";

    public async Task<object?> ReadAsync(ExportSubject subject, CancellationToken cancellationToken)
    {
        var rows = await (from i in db.Set<SurveyInvitation>().AsNoTracking()
                          join s in db.Set<UserSurvey>().AsNoTracking() on i.SurveyId equals s.Id
                          where i.PersonId == subject.PersonId
                          orderby s.OpenedOn
                          select new { s.Id, s.Title, s.State, s.OpenedOn, i.Answered }).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => new SurveyInvitationExport(r.Id, r.Title, EnumNames.Of(r.State), r.OpenedOn, r.Answered));
    }
}
