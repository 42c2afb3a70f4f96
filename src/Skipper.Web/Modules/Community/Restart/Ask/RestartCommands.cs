using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Community.Restart.Data;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Restart.Ask;

/// <summary>The person asks to start again after their care ended; the request goes to their department.</summary>
public sealed class RestartCommands(AppDbContext db, MyRestart mine, PersonGate gate, TimeProvider clock)
{
    public async Task<Outcome<RestartRequestView>> AskAsync(ClaimsPrincipal user, RestartAsk? ask)
    {
        var state = await mine.ReadAsync(user, PersonOperation.Write);
        if (state is null)
        {
            return Refusal.Of(RefusalKind.NotFound, "Problem.404");
        }
        var errors = new List<FieldError>();
        var message = InputRules.Clean(ask?.Message);
        InputRules.AtMost(errors, "message", message, RestartLimits.Message);
        if (errors.Count > 0)
        {
            return InputRules.Invalid(errors);
        }
        if (state.Ended is null)
        {
            return Refusal.Of(RefusalKind.Conflict, "Community.Restart.Error.NotEnded");
        }
        if (state.Open is not null)
        {
            return Refusal.Of(RefusalKind.Conflict, "Community.Restart.Error.AlreadyAsked");
        }
        var person = state.Gate.Person!;
        if ((person.DepartmentId ?? await LastCareDepartmentAsync(person.Id)) is not { } departmentId)
        {
            return Refusal.Of(RefusalKind.Conflict, "Community.Restart.Error.NoDepartment");
        }
        var request = new RestartRequest
        {
            Id = Guid.NewGuid(),
            PersonId = person.Id,
            DepartmentId = departmentId,
            EndedEpisodeId = state.Ended.Id,
            RequestedAt = clock.GetUtcNow(),
            Message = message,
            Version = 1,
        };
        db.Add(request);
        // The unique index on open requests refuses a second one sent at the same moment (a double click).
        if (!await db.TrySaveAsync())
        {
            return Refusal.Of(RefusalKind.Conflict, "Community.Restart.Error.AlreadyAsked");
        }
        await gate.RecordChangeAsync(user, state.Gate, $"{RestartRules.Resource}/{request.Id}");
        return RestartRequestView.From(request);
    }

    /// <summary>A person not placed in a department goes to the department that served them last.</summary>
    private async Task<Guid?> LastCareDepartmentAsync(Guid personId) =>
        await db.CareRelations.AsNoTracking().Where(r => r.PersonId == personId)
            .OrderByDescending(r => r.StartsAt).Select(r => (Guid?)r.DepartmentId).FirstOrDefaultAsync();
}
