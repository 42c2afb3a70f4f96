using System.Security.Claims;

namespace Skipper.Web.Platform.Home;

/// <summary>A reminder on the person's home page: what is due, and where to do it. TextKey may take one argument (TextArgument).</summary>
public sealed record HomeReminder(string Path, string TitleKey, string TextKey, string LinkKey, object? TextArgument = null);

/// <summary>
/// How a module puts a reminder on the person's home page (for example "your feedback is due"). Asked only for a
/// person, so staff's home stays free of queries; each implementation keeps to one small query.
/// </summary>
public interface IHomeReminder
{
    Task<IReadOnlyList<HomeReminder>> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}
