using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.Ethics;

/// <summary>/api/v1/guide/ethics: my department's systematic ethical reflections. No field names a person.</summary>
internal static class EthicsApi
{
    public static void MapEthics(this IEndpointRouteBuilder api)
    {
        var ethics = api.MapGroup("/guide/ethics").RequireAuthorization(Policies.Employee);

        ethics.MapGet("/", async (ClaimsPrincipal user, EthicsCommands commands, IStringLocalizer<Texts> texts) =>
                (await commands.ListAsync(user)).ToOk(texts))
            .WithSummary("My department's reflections (id, title, created, updated), newest first. An employee without a department gets 403.");

        ethics.MapPost("/", async (EthicsRequest? request, ClaimsPrincipal user, EthicsCommands commands, IStringLocalizer<Texts> texts) =>
                (await commands.CreateAsync(user, request)).ToCreated(texts))
            .WithSummary("Saves a new reflection for my department: { title (1–200), problem, involved, valuesAndRules, options, choice, reasons } (each at most 4000 characters). Write roles, never names.");

        ethics.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, EthicsCommands commands, IStringLocalizer<Texts> texts) =>
                (await commands.GetAsync(user, id)).ToOk(texts))
            .WithSummary("One reflection of my department; another department's gets 404.");

        ethics.MapPut("/{id:guid}", async (Guid id, EthicsRequest? request, ClaimsPrincipal user, EthicsCommands commands, IStringLocalizer<Texts> texts) =>
                (await commands.UpdateAsync(user, id, request)).Outcome.ToOk(texts))
            .WithSummary("Changes a reflection: the same fields and the version it was read at. An old version gets 409.");
    }
}
