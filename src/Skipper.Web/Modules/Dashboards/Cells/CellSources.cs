using Skipper.Web.Modules.Community;
using Skipper.Web.Modules.Feedback;
using Skipper.Web.Modules.Guide;
using Skipper.Web.Modules.Plans;

namespace Skipper.Web.Modules.Dashboards.Cells;

/// <summary>What the other modules' facades answered for one period: everything one period's cells are made from.</summary>
internal sealed record CellSources(
    IReadOnlyList<DepartmentFeedbackFigures> Feedback,
    IReadOnlyList<DepartmentMeetingFigures> Meetings,
    IReadOnlyList<DepartmentReflectionSessions> Sessions,
    IReadOnlyList<DepartmentStaffExercises> Staff,
    IReadOnlyList<DepartmentRestartWaits> Waits)
{
    /// <summary>Asks each facade for the period [<paramref name="start"/>, <paramref name="end"/>]; staff are counted on its last day.</summary>
    public static async Task<CellSources> ReadAsync(IServiceProvider services, DateOnly start, DateOnly end, CancellationToken ct)
    {
        var feedback = await services.GetRequiredService<IFeedbackFigures>().ForRangeAsync(start, end, ct);
        var meetings = await services.GetRequiredService<IMeetingFigures>().ForRangeAsync(start, end, ct);
        var reflection = services.GetRequiredService<IReflectionFigures>();
        var sessions = await reflection.SessionsAsync(start, end, ct);
        var staff = await reflection.StaffExercisesAsync(end, cancellationToken: ct);
        var waits = await services.GetRequiredService<IRestartWaits>().ByDepartmentAsync(start, end, ct);
        return new CellSources(feedback, meetings, sessions, staff, waits);
    }

    /// <summary>The first day any facade has data for; null when the municipality has none yet.</summary>
    public static async Task<DateOnly?> FirstDateAsync(IServiceProvider services, CancellationToken ct)
    {
        DateOnly?[] firsts =
        [
            await services.GetRequiredService<IFeedbackFigures>().FirstDateAsync(ct),
            await services.GetRequiredService<IMeetingFigures>().FirstDateAsync(ct),
            await services.GetRequiredService<IReflectionFigures>().FirstDateAsync(ct),
            await services.GetRequiredService<IRestartWaits>().FirstDateAsync(ct),
        ];
        return firsts.Where(d => d is not null).Min();
    }
}
