using Microsoft.EntityFrameworkCore;

namespace Skipper.Web.Platform.Data;

public static class SaveChanges
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
