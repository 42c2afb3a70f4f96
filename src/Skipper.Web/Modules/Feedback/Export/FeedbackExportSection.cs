using Skipper.Web.Modules.Feedback.Access;
using Skipper.Web.Modules.Feedback.Series;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Export;

namespace Skipper.Web.Modules.Feedback.Export;

/// <summary>The person's feedback in their export: every episode, session and answered form, with answers, scores and comments.</summary>
internal sealed class FeedbackExportSection(FeedbackDoor door, FeedbackQuery query) : IExportSection
{
    public string Name => "feedback";

    public async Task<object?> ReadAsync(ExportSubject subject, CancellationToken cancellationToken)
    {
        var opened = await door.OpenOwnAsync(subject.User, PersonOperation.Read);
        return opened.IsOpen ? await query.ReadAsync(opened, cancellationToken) : null;
    }
}
