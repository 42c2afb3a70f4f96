using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Platform.Authorization;

namespace Skipper.Web.Modules.Guide.Strategies;

/// <summary>
/// /veileder/strategier: the strategy grid, printable, where I mark the strategies I want to practise.
/// ?vis=mine shows only those. My marks are mine alone.
/// </summary>
[Authorize(Policy = Policies.Employee)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class StrategierModel(StrategyMarks marks) : PageModel
{
    public const string Path = "/veileder/strategier";
    public const string MineView = "mine";

    public static readonly IReadOnlyList<StrategyRow> Rows = Enum.GetValues<StrategyRow>();
    public static readonly IReadOnlyList<StrategyResource> Resources = Enum.GetValues<StrategyResource>();

    public StrategyGrid Grid { get; } = StrategyGrid.Instance;
    public IReadOnlySet<string> Marked { get; private set; } = new HashSet<string>();

    [BindProperty(SupportsGet = true, Name = "vis")]
    public string? View { get; set; }

    public bool OnlyMine => View == MineView;

    public async Task OnGetAsync() => Marked = await marks.MarkedAsync(User);

    /// <summary>One button per strategy: mark=true marks it, mark=false removes the mark. Works without JavaScript.</summary>
    public async Task<IActionResult> OnPostMarkAsync(string? key, bool mark)
    {
        var outcome = mark ? await marks.MarkAsync(User, key) : await marks.UnmarkAsync(User, key);
        if (!outcome.Succeeded)
        {
            return NotFound();
        }
        return Redirect(Path + (OnlyMine ? "?vis=" + MineView : "") + "#s-" + outcome.Value.Key);
    }

    public bool IsMarked(Strategy strategy) => Marked.Contains(strategy.Key);

    public static string ResourceKey(StrategyResource resource) => "Guide.Strategies.Resource." + resource;

    public static string RowKey(StrategyRow row) => "Guide.Strategies.Row." + row;
}
