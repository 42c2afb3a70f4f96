using Skipper.Web.Platform.Input;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Modules.Plans.ViewPlan;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.Resources;

/// <summary>/min-plan/ressurser: my resources in the strategy grid's three columns; add, change and remove, each its own form.</summary>
[Authorize(Policy = Policies.Person)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class RessurserModel(PlanDoor door, PlanQuery query, ResourceCommands resources) : PageModel
{
    public IReadOnlyList<ResourceView> Resources { get; private set; } = [];

    /// <summary>The form that was refused ("add-inner", or the resource id), its refusal and what was typed in it.</summary>
    public string? Failed { get; private set; }
    public Refusal? Refusal { get; private set; }
    public ResourceRequest? Typed { get; private set; }

    public bool IsConflict => Refusal?.Kind == RefusalKind.Conflict;

    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    public async Task<IActionResult> OnPostAddAsync(ResourceRequest request)
    {
        var outcome = await resources.AddAsync(User, request);
        return await AfterAsync(outcome.Refusal, "add-" + request.Kind, request);
    }

    public async Task<IActionResult> OnPostEditAsync(Guid resourceId, ResourceRequest request)
    {
        var (outcome, _) = await resources.UpdateAsync(User, resourceId, request);
        return await AfterAsync(outcome.Refusal, "resource-" + resourceId.ToString("N"), request);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid resourceId) =>
        await AfterAsync(await resources.RemoveAsync(User, resourceId), "resource-" + resourceId.ToString("N"), null);

    public FieldError? ErrorFor(string form, string field) => Failed == form ? Refusal?.ErrorFor(field) : null;

    /// <summary>The refused text stays in its field, unless newer text won a conflict (then the typed text is shown in the message).</summary>
    public string? Shown(string form, string? stored) => Failed == form && !IsConflict ? Typed?.Text : stored;

    public static string KindName(ResourceKind kind) => EnumNames.Of(kind);

    private async Task<IActionResult> AfterAsync(Refusal? refusal, string form, ResourceRequest? typed)
    {
        if (refusal is null)
        {
            return Redirect("/min-plan/ressurser#" + form);
        }
        Failed = form;
        Refusal = refusal;
        Typed = typed;
        Response.StatusCode = refusal.Status;
        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        var opened = await door.OpenOwnAsync(User, PersonOperation.Read);
        if (!opened.IsOpen)
        {
            return NotFound();
        }
        Resources = (await query.ReadAsync(opened)).Resources ?? [];
        return Page();
    }
}
