using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Platform.Auditing.AccessLog;

[Authorize(Policy = Policies.Person)]
public sealed class MineDataModel(AccessLogQuery query) : PageModel
{
    public IReadOnlyList<AccessLogEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync() => Entries = await query.ForPersonAsync(User) ?? [];
}
