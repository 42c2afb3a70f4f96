using Skipper.Web.Modules.Community.Restart.Ask;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Export;

namespace Skipper.Web.Modules.Community.Restart.Export;

/// <summary>The person's requests to start again in their export, with message, first contact and who took each on.</summary>
internal sealed class RestartExportSection(MyRestart mine) : IExportSection
{
    public string Name => "restartRequests";

    public async Task<object?> ReadAsync(ExportSubject subject, CancellationToken cancellationToken)
    {
        var state = await mine.ReadAsync(subject.User, PersonOperation.Read, cancellationToken);
        return state?.Requests.Select(RestartRequestView.From).ToList() ?? [];
    }
}
