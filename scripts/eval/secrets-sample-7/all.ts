import "./cases-pos.js";
import "./cases-ctx.js";
import "./cases-neg.js";
