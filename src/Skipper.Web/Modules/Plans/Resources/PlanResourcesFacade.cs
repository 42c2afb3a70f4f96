using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Modules.Plans.Data;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Plans.Resources;

/// <summary>IPlanResources over ResourceCommands, so a saved offer is written, touched and audited as any resource.</summary>
internal sealed class PlanResourcesFacade(AppDbContext db, PlanDoor door, ResourceCommands commands) : IPlanResources
{
    public async Task<ExternalResourceSave> AddExternalAsync(ClaimsPrincipal person, string title, string? note)
    {
        var plan = await door.OpenOwnAsync(person, PersonOperation.Read);
        if (!plan.IsOpen)
        {
            return ExternalResourceSave.NotAllowed;
        }
        var text = Text(title, note);
        var already = await db.Set<PlanResource>().AsNoTracking()
            .AnyAsync(r => r.PersonId == plan.PersonId && r.Kind == ResourceKind.External && r.Text == text);
        if (already)
        {
            return ExternalResourceSave.AlreadySaved;
        }
        var added = await commands.AddAsync(person, new ResourceRequest("external", text, null));
        return added.Succeeded ? ExternalResourceSave.Added : ExternalResourceSave.NotAllowed;
    }

    internal static string Text(string title, string? note)
    {
        var text = string.IsNullOrWhiteSpace(note) ? title.Trim() : $"{title.Trim()} ({note.Trim()})";
        return text.Length > PlanLimits.Step ? text[..PlanLimits.Step].TrimEnd() : text;
    }
}
