using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Modules.Guide.Progress;

/// <summary>/veileder/fremgang: which exercises I have done and when, with a link to each.</summary>
[Authorize(Policy = Policies.Employee)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class FremgangModel(MyProgress progress) : PageModel
{
    public ProgressView Progress { get; private set; } = null!;

    public async Task OnGetAsync() => Progress = await progress.ReadAsync(User);
}
