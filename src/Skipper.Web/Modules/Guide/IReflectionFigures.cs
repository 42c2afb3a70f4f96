namespace Skipper.Web.Modules.Guide;

/// <summary>Reflection sessions (with the cards, in staff meetings) a department held in a range.</summary>
public sealed record DepartmentReflectionSessions(Guid DepartmentId, int Sessions);

/// <summary>
/// A department's staff on a day (active accounts in a role that works with persons in recovery) and how many of them
/// had done each guide exercise by then, keyed by exercise ("values", "chime"). Counts only: never who.
/// </summary>
public sealed record DepartmentStaffExercises(Guid DepartmentId, int Staff, IReadOnlyDictionary<string, int> Done);

/// <summary>
/// The Guide module's facade for leaders' figures and the department's own summary. Reads the current municipality;
/// the caller decides who may see the figures.
/// </summary>
public interface IReflectionFigures
{
    /// <summary>The exercises counted, in the order they are shown.</summary>
    IReadOnlyList<string> Exercises { get; }

    /// <summary>Sessions held from <paramref name="from"/> to <paramref name="to"/> (both included), one row per department that held any.</summary>
    Task<IReadOnlyList<DepartmentReflectionSessions>> SessionsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>Staff and exercises done by the end of <paramref name="day"/> (Norwegian date), per department, or for one department.</summary>
    Task<IReadOnlyList<DepartmentStaffExercises>> StaffExercisesAsync(DateOnly day, Guid? departmentId = null, CancellationToken cancellationToken = default);

    /// <summary>The day of the municipality's first reflection session; null when there is none.</summary>
    Task<DateOnly?> FirstDateAsync(CancellationToken cancellationToken = default);
}
