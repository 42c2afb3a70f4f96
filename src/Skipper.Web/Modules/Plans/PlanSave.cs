using Microsoft.EntityFrameworkCore;
using Skipper.Web.Platform.Data;

namespace Skipper.Web.Modules.Plans;

internal static class PlanSave
{
    /// <summary>
    /// Saves, or answers false when another save came between our read and our write (the version no longer
    /// matches, or a first save raced another): the caller refuses with 409 instead of overwriting.
    /// </summary>
    public static async Task<bool> TrySaveAsync(this AppDbContext db)
    {
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
