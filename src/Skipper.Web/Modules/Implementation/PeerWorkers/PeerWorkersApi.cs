using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Implementation.PeerWorkers.Figures;
using Skipper.Web.Modules.Implementation.PeerWorkers.Positions;
using Skipper.Web.Modules.Implementation.PeerWorkers.Targets;
using Skipper.Web.Platform.Authorization;
using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Implementation.PeerWorkers;

/// <summary>Peer-worker positions and targets: recovery contacts and leaders read their department; leaders write; section leaders everything.</summary>
internal static class PeerWorkersApi
{
    public static IServiceCollection AddPeerWorkers(this IServiceCollection services)
    {
        services.AddScoped<PositionCommands>();
        services.AddScoped<TargetCommands>();
        services.AddScoped<PeerOverview>();
        services.AddScoped<IPeerWorkforce, PeerWorkforceQuery>();
        return services;
    }

    public static void MapPeerWorkers(this IEndpointRouteBuilder api)
    {
        var department = api.MapGroup("/departments/{id:guid}");
        department.MapGet("/peer-positions", async (Guid id, ClaimsPrincipal user, PeerOverview overview, IStringLocalizer<Texts> texts) =>
                (await overview.PositionsAsync(user, id)).ToOk(texts))
            .RequireAuthorization(Policies.RecoveryWork)
            .WithSummary("The department's peer-worker positions (in force first, then ended), with percent, kind, start and end.");

        department.MapPost("/peer-positions", async (Guid id, PositionRequest? request, ClaimsPrincipal user, PositionCommands command, IStringLocalizer<Texts> texts) =>
                (await command.AddAsync(user, id, PositionInput.From(request))).ToCreated(texts))
            .RequireAuthorization(Policies.Leader)
            .WithSummary("Adds a position: { percent (above 0, at most 100), kind (permanent, project, trainee), startOn, endOn?, label? }.");

        department.MapPut("/peer-positions/{positionId:guid}", async (Guid id, Guid positionId, PositionRequest? request, ClaimsPrincipal user, PositionCommands command, IStringLocalizer<Texts> texts) =>
                (await command.ChangeAsync(user, id, positionId, PositionInput.From(request))).ToOk(texts))
            .RequireAuthorization(Policies.Leader)
            .WithSummary("Changes or ends a position (set endOn): the whole position and the version read; an old version gets 409.");

        department.MapGet("/peer-targets", async (Guid id, ClaimsPrincipal user, TargetCommands command, IStringLocalizer<Texts> texts) =>
                (await command.ListAsync(user, id)).ToOk(texts))
            .RequireAuthorization(Policies.RecoveryWork)
            .WithSummary("The department's targets by year.");

        department.MapPost("/peer-targets", async (Guid id, TargetRequest? request, ClaimsPrincipal user, TargetCommands command, IStringLocalizer<Texts> texts) =>
                (await command.SaveAsync(user, id, TargetInput.From(request))).ToOk(texts))
            .RequireAuthorization(Policies.Leader)
            .WithSummary("Sets the target for a year: { year, positions?, fte?, version } (at least one of positions and fte; version 0 for a new year).");

        var section = api.MapGroup("/section").RequireAuthorization(Policies.Leader);
        section.MapGet("/peer-targets", async (ClaimsPrincipal user, TargetCommands command, IStringLocalizer<Texts> texts) =>
                (await command.ListAsync(user, null)).ToOk(texts))
            .WithSummary("The section's own targets by year (section leaders).");

        section.MapPost("/peer-targets", async (TargetRequest? request, ClaimsPrincipal user, TargetCommands command, IStringLocalizer<Texts> texts) =>
                (await command.SaveAsync(user, null, TargetInput.From(request))).ToOk(texts))
            .WithSummary("Sets the section's target for a year (section leaders): { year, positions?, fte?, version }.");

        section.MapGet("/peer-workforce", async (string? on, ClaimsPrincipal user, PeerOverview overview, IStringLocalizer<Texts> texts) =>
            {
                var errors = new List<FieldError>();
                var day = InputRules.Date(errors, "on", on) ?? overview.Today;
                return errors.Count > 0
                    ? (IResult)InputRules.Invalid(errors).ToProblem(texts)
                    : (await overview.SectionOnAsync(user, day)).ToOk(texts);
            })
            .WithSummary("Positions and FTE in force on a day (on=yyyy-MM-dd, default today) per department and for the section (departmentId null), each with its target.");
    }
}
