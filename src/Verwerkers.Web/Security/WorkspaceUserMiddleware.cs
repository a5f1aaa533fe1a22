using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Verwerkers.Workspace.Accounts;

namespace Verwerkers.Web;

/// <summary>Sets the request's <see cref="WorkspaceUser"/>: the single user, or the signed-in account as the account
/// store has it now (a removed account is signed out, a changed role or grant applies at once); and refuses every
/// form post of a reader with 403.</summary>
internal sealed class WorkspaceUserMiddleware
{
    private readonly RequestDelegate _next;
    private readonly WorkspaceMode _mode;
    private readonly IAccountStore _accounts;

    public WorkspaceUserMiddleware(RequestDelegate next, WorkspaceMode mode, IAccountStore accounts)
    {
        _next = next;
        _mode = mode;
        _accounts = accounts;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        if (_mode.SingleUserName is { } single)
        {
            WorkspaceHttpContextExtensions.SetWorkspaceUser(context, WorkspaceUser.SingleUser(single));
        }
        else if (context.User.Identity is { IsAuthenticated: true, Name: { } userName })
        {
            var account = await _accounts.FindAsync(userName, context.RequestAborted).ConfigureAwait(false);
            if (account is null)
            {
                await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
                context.Response.Redirect(SignInPath.Path);
                return;
            }

            WorkspaceHttpContextExtensions.SetWorkspaceUser(context, WorkspaceUser.FromAccount(account));
            if (account.Role == AccountRole.Reader && IsFormPost(context.Request) && !SignInPath.IsAccountPage(context.Request.Path))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }
        }

        await _next(context).ConfigureAwait(false);
    }

    private static bool IsFormPost(HttpRequest request) =>
        request.HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
}
