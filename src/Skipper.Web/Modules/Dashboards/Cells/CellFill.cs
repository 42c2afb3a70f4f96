using System.Text.Json;
using Skipper.Web.Modules.Dashboards.Cells.Data;

namespace Skipper.Web.Modules.Dashboards.Cells;

/// <summary>Writes what the facades answered into one period's cells: one per department, Guid.Empty for persons without one.</summary>
internal static class CellFill
{
    /// <summary>Fills <paramref name="cell"/> (every number is set, so a reused row keeps nothing of before) for its department.</summary>
    public static void Fill(DashboardCell cell, CellSources sources, DateTimeOffset now)
    {
        var id = cell.DepartmentId == Guid.Empty ? (Guid?)null : cell.DepartmentId;
        var feedback = sources.Feedback.FirstOrDefault(f => f.DepartmentId == id);
        var outcome = feedback?.Outcome;
        cell.EpisodesEnded = outcome?.EpisodesEnded ?? 0;
        cell.EpisodePeople = outcome?.EpisodePeople ?? 0;
        cell.ChangeEpisodes = outcome?.ChangeEpisodes ?? 0;
        cell.ChangePeople = outcome?.ChangePeople ?? 0;
        cell.ReliableImprovement = outcome?.ReliableImprovement ?? 0;
        cell.ReliableDeterioration = outcome?.ReliableDeterioration ?? 0;
        cell.ClinicalIntake = outcome?.ClinicalIntake ?? 0;
        cell.ClinicalPeople = outcome?.ClinicalPeople ?? 0;
        cell.ClinicallySignificant = outcome?.ClinicallySignificant ?? 0;
        cell.SumIntake = outcome?.SumIntake ?? 0;
        cell.SumSqIntake = outcome?.SumSqIntake ?? 0;
        cell.SumChange = outcome?.SumChange ?? 0;

        cell.AllianceAnswers = feedback?.Alliance.Answers ?? 0;
        cell.LowAlliance = feedback?.Alliance.LowAnswers ?? 0;
        cell.AlliancePeople = feedback?.Alliance.People ?? 0;
        cell.OnTrackKnownPeople = feedback?.OnTrack.KnownPeople ?? 0;
        cell.NotOnTrackPeople = feedback?.OnTrack.NotOnTrackPeople ?? 0;

        var recovery = feedback?.Recovery;
        cell.RecoveryAnswers = recovery?.Answers ?? 0;
        cell.RecoveryPeople = recovery?.People ?? 0;
        cell.SumSupport = recovery?.SumSupport ?? 0;
        cell.SupportCount = recovery?.SupportCount ?? 0;
        cell.SumRelationship = recovery?.SumRelationship ?? 0;
        cell.RelationshipCount = recovery?.RelationshipCount ?? 0;

        var meetings = sources.Meetings.FirstOrDefault(m => m.DepartmentId == id);
        cell.Meetings = meetings?.Meetings ?? 0;
        cell.MeetingsAttended = meetings?.Attended ?? 0;
        cell.MeetingPeople = meetings?.People ?? 0;

        cell.ReflectionSessions = sources.Sessions.FirstOrDefault(s => s.DepartmentId == cell.DepartmentId)?.Sessions ?? 0;
        var staff = sources.Staff.FirstOrDefault(s => s.DepartmentId == cell.DepartmentId);
        cell.Staff = staff?.Staff ?? 0;
        cell.ExercisesDoneJson = JsonSerializer.Serialize(staff?.Done ?? new Dictionary<string, int>());

        var waits = sources.Waits.FirstOrDefault(w => w.DepartmentId == cell.DepartmentId);
        cell.RestartRequests = waits?.Waits.Count ?? 0;
        cell.RestartPeople = waits?.People ?? 0;
        cell.RestartStillWaiting = waits?.Waits.Count(w => w.DaysToFirstContact is null) ?? 0;
        cell.RestartWaitDaysJson = WaitHistogram.ToJson(WaitHistogram.Of(waits?.Waits.Select(w => w.DaysToFirstContact) ?? []));
        cell.ComputedAt = now;
    }

    /// <summary>The departments a period has cells for: every department of the municipality, and Guid.Empty.</summary>
    public static IReadOnlyList<Guid> Departments(IEnumerable<Guid> departments) => [Guid.Empty, .. departments];
}
